// A C interface to RE2 (a C++ library), so Swift reaches it without C++ interop. Only
// SpamLintInterop includes this header; it copies every result into Swift values at once.
#ifndef SPAMLINT_CRE2SHIM_H
#define SPAMLINT_CRE2SHIM_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// A compiled RE2 expression; immutable, safe to match from several threads at once.
typedef struct spamlint_re2 spamlint_re2;

/// Compiles `pattern` (UTF-8, `length` bytes) in RE2 syntax. On failure returns NULL, sets
/// `*error_code` to RE2's error code (`RE2::ErrorCode`) and copies up to `argument_capacity`
/// bytes of the offending piece of the pattern into `argument` (`*argument_length` bytes).
spamlint_re2 *spamlint_re2_compile(const char *pattern, size_t length, int case_insensitive, int *error_code,
                                   char *argument, size_t argument_capacity, size_t *argument_length);

void spamlint_re2_free(spamlint_re2 *regex);

/// The number of capturing groups.
int spamlint_re2_group_count(const spamlint_re2 *regex);

/// Searches `text` (`length` bytes) for the leftmost match starting at or after `start`; the text
/// before `start` is context for `^` and `\b`. Returns 1 when found and fills `spans` with
/// `span_pairs` (start, end) byte-offset pairs: the match, then its groups (SIZE_MAX for a group
/// that took no part). `span_pairs` 0 asks only whether there is a match, which is fastest.
int spamlint_re2_match(const spamlint_re2 *regex, const char *text, size_t length, size_t start, size_t *spans,
                       int span_pairs);

#ifdef __cplusplus
}
#endif

#endif
