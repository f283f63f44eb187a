/// Escaping for the HTML report. Email content is hostile: every piece of it is written as text or
/// as a double-quoted attribute value, with the five markup characters as references, so no value
/// can end its attribute or open a tag of the report. NUL, which HTML replaces anyway, becomes U+FFFD;
/// other control characters and bidi overrides are written as references, so the page's bytes carry
/// none (a frame's copy decodes them back to what the email holds).
enum HTMLText {
    /// Text content or a double-quoted attribute value (the same escaping serves both).
    static func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count + text.utf8.count / 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            case "\0": output += "\u{FFFD}"
            case "\u{1}"..."\u{8}", "\u{B}"..."\u{1F}", "\u{7F}"..."\u{9F}", "\u{202A}"..."\u{202E}", "\u{2066}"..."\u{2069}":
                output += "&#x\(String(scalar.value, radix: 16, uppercase: true));"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// A fragment identifier or class name made of `text`: ASCII letters and digits kept, others as `-`.
    static func identifier(_ text: String) -> String {
        String(text.unicodeScalars.map { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) ? Character($0) : "-" })
    }
}
