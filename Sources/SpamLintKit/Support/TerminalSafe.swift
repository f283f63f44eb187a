/// Strips what an email could use to drive a terminal: C0/C1 control characters (ESC sequences),
/// and bidirectional overrides that reorder what a reader sees.
@_spi(CLI) public enum TerminalSafe {
    /// `keepingLineBreaks` keeps CR and LF for a caller that escapes them itself (GitHub workflow commands).
    @_spi(CLI) public static func clean(_ text: String, keepingLineBreaks: Bool = false) -> String {
        // Almost every path and message needs no change: return it as is rather than rebuilding it.
        if !mayNeedCleaning(text) { return text }
        return cleanScalars(text, keepingLineBreaks: keepingLineBreaks)
    }

    /// `clean` scalar by scalar, without the byte pre-check.
    static func cleanScalars(_ text: String, keepingLineBreaks: Bool) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09: scalars.append(" ")
            case 0x0A, 0x0D: scalars.append(keepingLineBreaks ? scalar : " ")
            case 0x00...0x1F, 0x7F...0x9F: scalars.append("\u{FFFD}")
            case 0x202A...0x202E, 0x2066...0x2069: continue
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// False only when no byte can start a scalar `clean` changes: C0 controls and DEL, 0xC2 (lead
    /// byte of U+0080…U+009F) and 0xE2 (lead byte of the bidi controls U+202A… and U+2066…).
    static func mayNeedCleaning(_ text: String) -> Bool {
        func mayStartChange(_ byte: UInt8) -> Bool { byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xE2 }
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            for byte in bytes where mayStartChange(byte) { return true }
            return false
        } ?? text.utf8.contains(where: mayStartChange)
    }
}
