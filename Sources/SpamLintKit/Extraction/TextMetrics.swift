/// Whitespace and word handling shared by the extractors.
enum TextMetrics {
    /// Collapses runs of whitespace (and invisible spacer characters) to one space and trims.
    static func collapse(_ text: String) -> String {
        if let collapsed = collapseUTF8(text, countingWords: false) { return collapsed.text }
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

    /// `collapse(text)` and `wordCount` of the result, from one pass over the text's bytes.
    static func collapseCountingWords(_ text: String) -> (text: String, wordCount: Int) {
        if let collapsed = collapseUTF8(text, countingWords: true) { return collapsed }
        let collapsed = collapse(text)
        return (collapsed, wordCount(collapsed))
    }

    /// `collapse` on UTF-8 bytes: a scalar's bytes are copied as they are, and only scalars that
    /// can be spacers are decoded. Nil when the text is not native UTF-8 (never for our strings).
    /// When counting words, also `wordCount` of the result: the collapsed text's words are the runs
    /// of non-spacers here, and a scalar is decoded only while its word has no letter or digit yet.
    private static func collapseUTF8(_ text: String, countingWords: Bool) -> (text: String, wordCount: Int)? {
        var text = text
        return text.withUTF8 { bytes -> (text: String, wordCount: Int)? in
            var words = 0
            var inWord = false
            var wordHasAlphanumeric = false
            // Fits: the output is the input with spacer runs shortened to at most one byte.
            var complete = true
            let result = String(unsafeUninitializedCapacity: max(bytes.count, 1)) { output -> Int in
                var count = 0
                var pendingSpace = false
                var index = 0
                while index < bytes.count {
                    let lead = bytes[index]
                    // Inside a word that already counts (or when not counting), eight printable ASCII bytes are
                    // copied at once: none of them is a spacer, so each step below would only copy it.
                    if !pendingSpace, wordHasAlphanumeric || !countingWords, index + 8 <= bytes.count,
                       let source = bytes.baseAddress, let target = output.baseAddress {
                        let block = UnsafeRawPointer(source + index).loadUnaligned(as: UInt64.self)
                        if isPrintableASCII(block) {
                            UnsafeMutableRawPointer(target + count).storeBytes(of: block, as: UInt64.self)
                            if countingWords { inWord = true }
                            count += 8
                            index += 8
                            continue
                        }
                    }
                    // Most bytes are ASCII: handled here with the same steps as the general code below.
                    if lead < 0x80 {
                        if isASCIISpacer(lead) {
                            if countingWords {
                                if inWord, wordHasAlphanumeric { words += 1 }
                                inWord = false
                                wordHasAlphanumeric = false
                            }
                            pendingSpace = count > 0
                        } else {
                            if countingWords {
                                inWord = true
                                if !wordHasAlphanumeric {
                                    let lower = lead | 0x20
                                    wordHasAlphanumeric = (lower >= 0x61 && lower <= 0x7A) || (lead >= 0x30 && lead <= 0x39)
                                }
                            }
                            if pendingSpace {
                                output[count] = 0x20
                                count += 1
                                pendingSpace = false
                            }
                            output[count] = lead
                            count += 1
                        }
                        index += 1
                        continue
                    }
                    let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                    guard index + length <= bytes.count else {
                        complete = false
                        return 0
                    }
                    let isSpace = isSpacer(bytes, at: index, length: length)
                    if countingWords {
                        if isSpace {
                            if inWord, wordHasAlphanumeric { words += 1 }
                            inWord = false
                            wordHasAlphanumeric = false
                        } else {
                            inWord = true
                            if !wordHasAlphanumeric {
                                wordHasAlphanumeric = isAlphanumeric(bytes, at: index, length: length)
                            }
                        }
                    }
                    if isSpace {
                        pendingSpace = count > 0
                    } else {
                        if pendingSpace {
                            output[count] = 0x20
                            count += 1
                            pendingSpace = false
                        }
                        for offset in 0..<length { output[count + offset] = bytes[index + offset] }
                        count += length
                    }
                    index += length
                }
                return count
            }
            if inWord, wordHasAlphanumeric { words += 1 }
            return complete ? (result, words) : nil
        }
    }

    /// How many scalars of `text` are not spacers: `text.unicodeScalars.filter { !isSpacer($0) }.count`
    /// counted on the UTF-8 bytes, decoding only the lead bytes that can start a spacer.
    static func nonSpacerScalarCount(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                if lead < 0x80 {
                    if !isASCIISpacer(lead) { count += 1 }
                    index += 1
                    continue
                }
                let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                if !isSpacer(bytes, at: index, length: length) { count += 1 }
                index += length
            }
            return count
        }
    }

    /// Whether the scalar whose `length` UTF-8 bytes start at `index` is a spacer (`isSpacer`), decoding
    /// only the lead bytes that can start one: the two-byte spacers are U+00A0, U+00AD and U+034F, and
    /// none takes four bytes.
    @inline(__always)
    private static func isSpacer(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> Bool {
        let lead = bytes[index]
        switch length {
        case 1: return isASCIISpacer(lead)
        case 2: return lead == 0xC2 && (bytes[index + 1] == 0xA0 || bytes[index + 1] == 0xAD) || lead == 0xCD && bytes[index + 1] == 0x8F
        case 3:
            let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            return Unicode.Scalar(value).map(isSpacer) ?? false
        default: return false
        }
    }

    /// Whether the scalar whose `length` UTF-8 bytes start at `index` is a letter or digit as `wordCount` reads it.
    private static func isAlphanumeric(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> Bool {
        let lead = bytes[index]
        if length == 1 {
            let lower = lead | 0x20
            return (lower >= 0x61 && lower <= 0x7A) || (lead >= 0x30 && lead <= 0x39)
        }
        var value = UInt32(lead & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07))
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        guard let scalar = Unicode.Scalar(value) else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// True when all eight bytes of the word are ASCII above space (0x21–0x7F): no spacer among them.
    @inline(__always)
    private static func isPrintableASCII(_ block: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        // With no high bit set, a byte below 0x21 is the only way for `byte - 0x21` to borrow into bit 7.
        return block & highs == 0 && (block &- ones &* 0x21) & ~block & highs == 0
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
        if let count = wordCountUTF8(text) { return count }
        return wordCountByScalars(text)
    }

    /// `wordCount` over the scalars, the general definition.
    static func wordCountByScalars(_ text: String) -> Int {
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
                if wordHasAlphanumeric { continue }
                if scalar.isASCII {
                    let byte = UInt8(scalar.value)
                    let lower = byte | 0x20
                    if (lower >= 0x61 && lower <= 0x7A) || (byte >= 0x30 && byte <= 0x39) { wordHasAlphanumeric = true }
                } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                    wordHasAlphanumeric = true
                }
            }
        }
        if inWord, wordHasAlphanumeric { count += 1 }
        return count
    }

    /// `wordCount` on the UTF-8 bytes in one pass: ASCII bytes are classed by byte (the alphanumerics are
    /// exactly A–Z, a–z and 0–9), other scalars decoded. Nil when the bytes end inside a scalar (never for
    /// a valid String), and the scalars decide.
    private static func wordCountUTF8(_ text: String) -> Int? {
        var text = text
        return text.withUTF8 { bytes -> Int? in
            var count = 0
            var inWord = false
            var wordHasAlphanumeric = false
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                guard index + length <= bytes.count else { return nil }
                let isSpace: Bool
                if length == 1 {
                    isSpace = isASCIISpacer(lead)
                } else {
                    var value = UInt32(lead & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07))
                    for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
                    guard let scalar = Unicode.Scalar(value) else { return nil }
                    isSpace = isSpacer(scalar)
                }
                if isSpace {
                    if inWord, wordHasAlphanumeric { count += 1 }
                    inWord = false
                    wordHasAlphanumeric = false
                } else {
                    inWord = true
                    if !wordHasAlphanumeric { wordHasAlphanumeric = isAlphanumeric(bytes, at: index, length: length) }
                }
                index += length
            }
            if inWord, wordHasAlphanumeric { count += 1 }
            return count
        }
    }
}
