import CRE2Shim

/// A regular expression in RE2 syntax, matched in time linear in the text: RE2 runs an automaton
/// and never backtracks, so no pattern can take exponential or polynomial time per search.
///
/// RE2 has no backreferences, lookaround, atomic groups or possessive quantifiers; `\d`, `\s`,
/// `\w` and `\b` are ASCII, `\p{L}`, `\p{Lu}`, `\p{Greek}`… are Unicode; `(?i)` folds case per
/// Unicode scalar (simple case folding). Compiled once; matching from several threads at once is
/// safe: RE2's matching functions are const and lock the cache they share.
public final class LinearRegex: @unchecked Sendable {
    private let regex: OpaquePointer
    public let pattern: String
    /// Capturing groups in the pattern, not counting the whole match.
    public let groupCount: Int

    public init(_ pattern: String, caseInsensitive: Bool = false) throws(LinearRegexError) {
        var code: Int32 = 0
        var piece = [CChar](repeating: 0, count: 256)
        var pieceLength = 0
        var source = pattern
        let compiled = source.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { characters in
                spamlint_re2_compile(characters.baseAddress, characters.count, caseInsensitive ? 1 : 0, &code, &piece, piece.count,
                                     &pieceLength)
            }
        }
        guard let compiled else {
            let bytes = piece.prefix(pieceLength).map { UInt8(bitPattern: $0) }
            throw LinearRegexError(code: LinearRegexError.Code(rawValue: Int(code)) ?? .internal,
                                   piece: String(decoding: bytes, as: UTF8.self), pattern: pattern)
        }
        regex = compiled
        self.pattern = pattern
        groupCount = Int(spamlint_re2_group_count(compiled))
    }

    deinit { spamlint_re2_free(regex) }

    /// Whether the expression matches anywhere in `text`; the cheapest question RE2 answers.
    public func matches(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { spamlint_re2_match(regex, $0.baseAddress, $0.count, 0, nil, 0) == 1 }
        }
    }

    /// The leftmost non-empty match in `text`: the whole match, then each group (nil where a group took no part).
    public func firstMatch(in text: String) -> [Range<String.Index>?]? {
        matches(in: text, limit: 1, groups: true).first
    }

    /// Non-empty matches in text order, at most `limit`, each search starting where the last match
    /// ended (the text before it stays context for `^` and `\b`): each the whole match, then, with
    /// `groups`, its groups (nil where a group took no part).
    public func matches(in text: String, limit: Int, groups: Bool = false) -> [[Range<String.Index>?]] {
        var text = text
        let pairs = groups ? groupCount + 1 : 1
        var spans = [Int](repeating: 0, count: 2 * pairs)
        var found: [[Range<Int>?]] = []
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { characters in
                var start = 0
                while found.count < limit, start <= characters.count,
                      spamlint_re2_match(regex, characters.baseAddress, characters.count, start, &spans, Int32(pairs)) == 1 {
                    let whole = spans[0]..<spans[1]
                    if whole.isEmpty {
                        // An empty match is skipped: the next search starts one scalar later.
                        start = whole.lowerBound + 1
                        while start < characters.count, UInt8(bitPattern: characters[start]) & 0xC0 == 0x80 { start += 1 }
                        continue
                    }
                    found.append((0..<pairs).map { pair in
                        spans[2 * pair] == -1 ? nil : spans[2 * pair]..<spans[2 * pair + 1]
                    })
                    start = whole.upperBound
                }
            }
        }
        // RE2 matches whole UTF-8 sequences, so every offset is a scalar boundary (SIZE_MAX reads as -1).
        let utf8 = text.utf8
        return found.map { match in
            match.map { range in
                range.map { utf8.index(utf8.startIndex, offsetBy: $0.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: $0.upperBound) }
            }
        }
    }
}
