/// Why RE2 refused a pattern: its error code and the piece of the pattern it names.
public struct LinearRegexError: Error, Sendable, Equatable {
    /// RE2's `RE2::ErrorCode`.
    public enum Code: Int, Sendable {
        case `internal` = 1, badEscape, badCharacterClass, badCharacterRange, missingBracket, missingParenthesis,
             unexpectedParenthesis, trailingBackslash, repeatArgument, repeatSize, repeatOperator, badPerlOperator, badUTF8,
             badNamedCapture, patternTooLarge
    }

    public var code: Code
    /// The offending piece of the pattern as RE2 quotes it (`(?=`, `\1`, `{2000}`), or empty.
    public var piece: String
    public var pattern: String

    /// Where `piece` starts in `pattern`, in characters from 0, when RE2 quoted a piece of it.
    public var offset: Int? {
        guard !piece.isEmpty, let range = pattern.range(of: piece) else { return nil }
        return pattern.distance(from: pattern.startIndex, to: range.lowerBound)
    }

    /// The character after `piece` in the pattern (RE2 quotes lookbehind and a named group alike as `(?<`).
    private var following: String {
        guard let offset else { return "" }
        return String(pattern.dropFirst(offset + piece.count).prefix(1))
    }

    /// A sentence for a user: what is wrong, and for RE2's usual refusals of Perl/ICU features, why.
    public var message: String {
        let quoted = piece.isEmpty ? "" : " '\(piece)'"
        switch code {
        case .badPerlOperator where piece == "(?=" || piece == "(?!" || piece == "(?<" && ["=", "!"].contains(following):
            return "lookahead and lookbehind\(quoted) are not supported (RE2 syntax, matched in linear time)"
        case .badPerlOperator where piece == "(?<":
            return "named groups are written (?P<name>…) in RE2 syntax\(quoted)"
        case .badPerlOperator where piece.hasPrefix("(?>"):
            return "atomic groups\(quoted) are not supported (RE2 syntax, matched in linear time)"
        case .badEscape where piece.count == 2 && piece.last!.isNumber && piece.last != "0", .badEscape where piece.hasPrefix("\\k"):
            return "backreferences\(quoted) are not supported (RE2 syntax, matched in linear time)"
        case .repeatOperator where piece.hasSuffix("+") || piece.hasSuffix("*+") || piece.hasSuffix("?+"):
            return "possessive quantifiers\(quoted) are not supported (RE2 syntax, matched in linear time)"
        case .repeatSize:
            return "bad repetition count\(quoted) (RE2 allows at most {1000})"
        case .patternTooLarge:
            return "regular expression too large once compiled\(quoted)"
        case .internal: return "invalid regular expression\(quoted)"
        case .badEscape: return "invalid escape sequence\(quoted)"
        case .badCharacterClass: return "invalid character class\(quoted)"
        case .badCharacterRange: return "invalid character class range\(quoted)"
        case .missingBracket: return "missing closing ]\(quoted)"
        case .missingParenthesis: return "missing closing )\(quoted)"
        case .unexpectedParenthesis: return "unexpected )\(quoted)"
        case .trailingBackslash: return "trailing \\ at the end of the regular expression"
        case .repeatArgument: return "nothing to repeat\(quoted)"
        case .repeatOperator: return "bad repetition operator\(quoted)"
        case .badPerlOperator: return "invalid or unsupported (?…) group\(quoted)"
        case .badUTF8: return "invalid UTF-8 in the regular expression"
        case .badNamedCapture: return "invalid named group\(quoted)"
        }
    }
}
