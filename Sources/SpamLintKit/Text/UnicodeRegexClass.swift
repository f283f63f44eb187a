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

    /// A cheap stand-in for `icu(pattern)` that matches wherever it does: `\b` dropped, and each Unicode class
    /// (`\d`, `\w`, `\p{L}`, `\p{Lu}`, `\p{Ll}`) widened to its ASCII part plus every non-ASCII character, so RE2
    /// compiles a few ranges instead of the Unicode tables (some 6 M instructions each).
    static func widened(_ pattern: String) -> String {
        precondition(!pattern.contains("[^"), "widening inside a negated class would narrow it")
        var body = Substring(pattern)
        if body.hasPrefix(#"\b"#) { body = body.dropFirst(2) }
        if body.hasSuffix(#"\b"#) { body = body.dropLast(2) }
        let contents = [#"\d"#: "0-9", #"\w"#: "0-9A-Z_a-z", #"\p{L}"#: "A-Za-z", #"\p{Lu}"#: "A-Z", #"\p{Ll}"#: "a-z"]
        var result = ""
        var inClass = false
        var index = body.startIndex
        while index < body.endIndex {
            let rest = body[index...]
            if let (token, ascii) = contents.first(where: { rest.hasPrefix($0.key) }) {
                result += inClass ? ascii + #"\x{80}-\x{10FFFF}"# : "[" + ascii + #"\x{80}-\x{10FFFF}]"#
                index = body.index(index, offsetBy: token.count)
                continue
            }
            if rest.hasPrefix(#"\s"#) {
                result += inClass ? whiteSpaceCharacters : whiteSpace
                index = body.index(index, offsetBy: 2)
                continue
            }
            if body[index] == "\\" {
                let next = body.index(after: index)
                result += body[index..<min(body.index(after: next), body.endIndex)]
                index = min(body.index(after: next), body.endIndex)
                continue
            }
            if body[index] == "[" { inClass = true } else if body[index] == "]" { inClass = false }
            result.append(body[index])
            index = body.index(after: index)
        }
        return result
    }
}
