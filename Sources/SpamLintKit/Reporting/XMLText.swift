/// Escaping for the XML reports (JUnit, Checkstyle). Email content is hostile: it may hold `<`, `&`,
/// quotes, NUL and other control characters that XML 1.0 cannot carry even as character references,
/// so those are replaced by U+FFFD instead of producing a document every parser rejects.
enum XMLText {
    /// Text content: `&`, `<`, `>` escaped; CR kept as a reference (parsers turn a literal CR into LF).
    static func content(_ text: String) -> String {
        escape(text, attribute: false)
    }

    /// An attribute value in double quotes: also quotes, and tab/CR/LF as references (attribute-value
    /// normalization would turn literal ones into spaces).
    static func attribute(_ text: String) -> String {
        escape(text, attribute: true)
    }

    private static func escape(_ text: String, attribute: Bool) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"" where attribute: output += "&quot;"
            case "'" where attribute: output += "&apos;"
            case "\r": output += "&#13;"
            case "\n" where attribute: output += "&#10;"
            case "\t" where attribute: output += "&#9;"
            // DEL, C1 controls (U+009B is a one-character CSI) and bidi overrides are legal XML but would
            // act on a terminal that shows the raw report: written as references, parsers still read them.
            case "\u{7F}"..."\u{9F}", "\u{202A}"..."\u{202E}", "\u{2066}"..."\u{2069}":
                output += "&#x\(String(scalar.value, radix: 16, uppercase: true));"
            default: output.unicodeScalars.append(isAllowed(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return output
    }

    /// XML 1.0 `Char`: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
    /// (surrogates cannot occur in a Swift string).
    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xFFFD: true
        case 0x10000...0x10FFFF: true
        default: false
        }
    }
}
