/// Whitespace and word handling shared by the extractors.
enum TextMetrics {
    /// Collapses runs of whitespace (and invisible spacer characters) to one space and trims.
    static func collapse(_ text: String) -> String {
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
}
