/// Whitespace and word handling shared by the extractors.
enum TextMetrics {
    /// Collapses runs of whitespace (and invisible spacer characters) to one space and trims.
    static func collapse(_ text: String) -> String {
        if let collapsed = collapseASCII(text) { return collapsed }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isSpacer(scalar) {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                result.unicodeScalars.append(" ")
                pendingSpace = false
            }
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    /// `collapse` for ASCII text, on bytes (where a scalar is a byte); nil for other text.
    private static func collapseASCII(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var pendingSpace = false
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if isASCIISpacer(byte) {
                    pendingSpace = !output.isEmpty
                    continue
                }
                if pendingSpace {
                    output.append(0x20)
                    pendingSpace = false
                }
                output.append(byte)
            }
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// The ASCII members of `isSpacer`: space, tab, line feed, vertical tab, form feed, return.
    private static func isASCIISpacer(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    /// Whitespace, NBSP and the zero-width characters preheader padding uses.
    static func isSpacer(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0xAD, 0x034F, 0x180E, 0x2000...0x200F, 0x2028, 0x2029, 0x202F,
             0x205F, 0x2060, 0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }

    /// Words: runs holding at least one letter or digit.
    static func wordCount(_ text: String) -> Int {
        if let count = wordCountASCII(text) { return count }
        var count = 0
        var inWord = false
        var wordHasAlphanumeric = false
        for scalar in text.unicodeScalars {
            if isSpacer(scalar) {
                if inWord, wordHasAlphanumeric { count += 1 }
                inWord = false
                wordHasAlphanumeric = false
            } else {
                inWord = true
                if scalar.properties.isAlphabetic || scalar.properties.numericType != nil { wordHasAlphanumeric = true }
            }
        }
        if inWord, wordHasAlphanumeric { count += 1 }
        return count
    }

    /// `wordCount` for ASCII text, where the alphanumerics are exactly A–Z, a–z and 0–9; nil for other text.
    private static func wordCountASCII(_ text: String) -> Int? {
        var text = text
        return text.withUTF8 { bytes -> Int? in
            var count = 0
            var inWord = false
            var wordHasAlphanumeric = false
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if isASCIISpacer(byte) {
                    if inWord, wordHasAlphanumeric { count += 1 }
                    inWord = false
                    wordHasAlphanumeric = false
                } else {
                    inWord = true
                    let lower = byte | 0x20
                    if (lower >= 0x61 && lower <= 0x7A) || (byte >= 0x30 && byte <= 0x39) { wordHasAlphanumeric = true }
                }
            }
            if inWord, wordHasAlphanumeric { count += 1 }
            return count
        }
    }
}
