/// Character classes in RE2 syntax for what ICU and Swift's `Regex` call `\s`, `\d`, `\w` and `\b`:
/// RE2's own are ASCII, so a built-in expression that must behave on any script spells them out.
enum UnicodeRegexClass {
    /// `\w` of ICU: `[\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\u200c\u200d]`; Alphabetic is the letters, the
    /// letter numbers and (beyond marks) the circled and squared Latin letters. Class contents, no brackets.
    static let wordCharacters = #"\p{L}\p{M}\p{Nd}\p{Nl}\p{Pc}\x{200C}\x{200D}\x{24B6}-\x{24E9}\x{1F130}-\x{1F149}\x{1F150}-\x{1F169}\x{1F170}-\x{1F189}"#
    /// What ICU's `\b` looks through: Grapheme_Extend (here all marks, and the emoji modifiers) and
    /// format characters. Class contents, no brackets.
    static let transparent = #"\p{M}\p{Cf}\x{1F3FB}-\x{1F3FF}"#
    /// `\p{White_Space}`, ICU's and Swift's `\s`. Class contents, no brackets.
    static let whiteSpaceCharacters = #"\t-\r \x{85}\x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}"#
    /// `\s`.
    static let whiteSpace = "[" + whiteSpaceCharacters + "]"
    /// `\d`, `\p{Nd}`.
    static let digit = #"\p{Nd}"#
    /// ICU's `\b` before a word character: the text starts, or the last character that is not
    /// transparent is no word character.
    static let wordStart = #"(?:^|[^\#(wordCharacters)\#(transparent)])[\#(transparent)]*"#
    /// ICU's `\b` after a word character: the text ends, or a character follows that is neither a
    /// word character nor transparent.
    static let wordEnd = #"(?:$|[^\#(wordCharacters)\#(transparent)])"#

    /// An expression written with ICU's `\s`, `\d`, `\w` and `\b` in RE2 syntax. `\b` may stand first or
    /// last (before or after a word character), `\s` not inside a `[…]`. With `capturing`, what stands
    /// between the `\b`s is group 1, so a match's text can be told from the characters around it.
    static func icu(_ pattern: String, capturing: Bool = false) -> String {
        var body = Substring(pattern)
        let starts = body.hasPrefix(#"\b"#), ends = body.hasSuffix(#"\b"#) && !body.hasSuffix(#"\\b"#)
        if starts { body = body.dropFirst(2) }
        if ends { body = body.dropLast(2) }
        precondition(!body.contains(#"\b"#), "\\b stands only first or last")
        let translated = body.replacingOccurrences(of: #"\s"#, with: whiteSpace).replacingOccurrences(of: #"\d"#, with: digit)
            .replacingOccurrences(of: #"\w"#, with: wordCharacters)
        return (starts ? wordStart : "") + (capturing ? "(" + translated + ")" : translated) + (ends ? wordEnd : "")
    }
}
