// The C functions declared in CRE2Shim.h, over RE2's C++ API. No exception crosses the boundary:
// RE2 reports errors through error_code(), and an allocation failure ends the process as in Swift.
#include "CRE2Shim.h"

#include <re2/re2.h>

#include <cstdint>
#include <cstring>
#include <vector>

struct spamlint_re2 {
    re2::RE2 expression;
    spamlint_re2(const re2::StringPiece &pattern, const re2::RE2::Options &options) : expression(pattern, options) {}
};

extern "C" spamlint_re2 *spamlint_re2_compile(const char *pattern, size_t length, int case_insensitive, int *error_code,
                                              char *argument, size_t argument_capacity, size_t *argument_length) {
    re2::RE2::Options options;
    options.set_encoding(re2::RE2::Options::EncodingUTF8);
    options.set_log_errors(false);
    options.set_case_sensitive(case_insensitive == 0);
    auto *regex = new spamlint_re2(re2::StringPiece(pattern, length), options);
    if (regex->expression.ok()) {
        *error_code = 0;
        *argument_length = 0;
        return regex;
    }
    *error_code = static_cast<int>(regex->expression.error_code());
    const std::string &piece = regex->expression.error_arg();
    size_t copied = piece.size() < argument_capacity ? piece.size() : argument_capacity;
    if (copied > 0) std::memcpy(argument, piece.data(), copied);
    *argument_length = copied;
    delete regex;
    return nullptr;
}

extern "C" void spamlint_re2_free(spamlint_re2 *regex) { delete regex; }

extern "C" int spamlint_re2_group_count(const spamlint_re2 *regex) { return regex->expression.NumberOfCapturingGroups(); }

extern "C" int spamlint_re2_match(const spamlint_re2 *regex, const char *text, size_t length, size_t start, size_t *spans,
                                  int span_pairs) {
    if (start > length) return 0;
    re2::StringPiece subject(text, length);
    if (span_pairs <= 0) return regex->expression.Match(subject, start, length, re2::RE2::UNANCHORED, nullptr, 0) ? 1 : 0;
    std::vector<re2::StringPiece> pieces(static_cast<size_t>(span_pairs));
    if (!regex->expression.Match(subject, start, length, re2::RE2::UNANCHORED, pieces.data(), span_pairs)) return 0;
    for (int index = 0; index < span_pairs; index++) {
        const re2::StringPiece &piece = pieces[static_cast<size_t>(index)];
        if (piece.data() == nullptr) {
            spans[2 * index] = SIZE_MAX;
            spans[2 * index + 1] = SIZE_MAX;
        } else {
            spans[2 * index] = static_cast<size_t>(piece.data() - text);
            spans[2 * index + 1] = spans[2 * index] + piece.size();
        }
    }
    return 1;
}
