import SpamLintInterop

/// Decodes RFC 2047 encoded words (`=?charset?B|Q?text?=`) in header values.
enum RFC2047Decoder {
    /// Returns `value` with every well-formed encoded word replaced by its text.
    ///
    /// Whitespace between adjacent encoded words is dropped (RFC 2047 §6.2). Adjacent words in the
    /// same charset are joined at the byte level before conversion, because senders split
    /// multibyte characters across words. A word whose charset iconv does not know, or that is
    /// malformed, is left exactly as written so nothing is hidden from the rules.
    static func decode(_ value: String) -> String {
        let bytes = Array(value.utf8)
        guard containsEncodedWordStart(bytes) else { return value }

        var output = String()
        var run: PendingRun?
        var literalStart = 0
        var index = 0
        while index + 1 < bytes.count {
            guard bytes[index] == equalsSign, bytes[index + 1] == questionMark,
                  let word = parseWord(bytes, at: index) else {
                index += 1
                continue
            }
            let literal = bytes[literalStart..<index]
            let literalIsWhitespace = literal.allSatisfy { $0 == space || $0 == tab || $0 == carriageReturn || $0 == lineFeed }
            if run == nil || !literalIsWhitespace {
                flush(&run, into: &output, source: bytes)
                output += String(decoding: literal, as: UTF8.self)
            }
            if run != nil, run!.charsetKey == word.charsetKey {
                run!.bytes += word.bytes
                run!.rawEnd = word.end
            } else {
                flush(&run, into: &output, source: bytes)
                run = PendingRun(charset: word.charset, charsetKey: word.charsetKey, bytes: word.bytes,
                                 rawStart: index, rawEnd: word.end)
            }
            index = word.end
            literalStart = index
        }
        flush(&run, into: &output, source: bytes)
        output += String(decoding: bytes[literalStart...], as: UTF8.self)
        return output
    }

    /// Consecutive encoded words in one charset, waiting for conversion as a single byte string.
    private struct PendingRun {
        var charset: String
        var charsetKey: String
        var bytes: [UInt8]
        var rawStart: Int
        var rawEnd: Int
    }

    private struct EncodedWord {
        var charset: String
        var charsetKey: String
        var bytes: [UInt8]
        var end: Int
    }

    private static func flush(_ run: inout PendingRun?, into output: inout String, source: [UInt8]) {
        guard let pending = run else { return }
        run = nil
        if let text = CharsetDecoder.decode(pending.bytes, charset: pending.charset) {
            output += text
        } else {
            output += String(decoding: source[pending.rawStart..<pending.rawEnd], as: UTF8.self)
        }
    }

    /// Parses `=?charset[*lang]?E?text?=` starting at `start`; nil when it is not a well-formed word.
    private static func parseWord(_ bytes: [UInt8], at start: Int) -> EncodedWord? {
        var index = start + 2
        let charsetStart = index
        // Charset names are short tokens; the cap keeps a stray `=?` from scanning a 1 MB header.
        while index < bytes.count, index - charsetStart <= 64 {
            let byte = bytes[index]
            if byte == questionMark { break }
            if byte <= space || byte >= 0x7F || byte == equalsSign { return nil }
            index += 1
        }
        guard index < bytes.count, bytes[index] == questionMark, index > charsetStart else { return nil }
        var charsetBytes = bytes[charsetStart..<index]
        if let star = charsetBytes.firstIndex(of: UInt8(ascii: "*")) { charsetBytes = charsetBytes[..<star] }
        guard !charsetBytes.isEmpty else { return nil }
        index += 1
        guard index + 1 < bytes.count, bytes[index + 1] == questionMark else { return nil }
        let encoding = bytes[index] | 0x20
        guard encoding == UInt8(ascii: "b") || encoding == UInt8(ascii: "q") else { return nil }
        index += 2
        let textStart = index
        // Encoded text never contains `?`, so the first one must open the `?=` terminator.
        while index < bytes.count, bytes[index] != questionMark { index += 1 }
        guard index + 1 < bytes.count, bytes[index + 1] == equalsSign else { return nil }
        let text = bytes[textStart..<index]
        let decoded = encoding == UInt8(ascii: "b") ? Base64Decoder.decode(text).bytes : decodeQ(text)
        let charset = String(decoding: charsetBytes, as: UTF8.self)
        return EncodedWord(charset: charset, charsetKey: charset.lowercased(), bytes: decoded, end: index + 2)
    }

    /// The Q encoding: quoted-printable where `_` stands for a space.
    private static func decodeQ(_ text: ArraySlice<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(text.count)
        var index = text.startIndex
        while index < text.endIndex {
            let byte = text[index]
            if byte == underscore {
                output.append(space)
            } else if byte == equalsSign, index + 2 < text.endIndex,
                      let high = QuotedPrintableDecoder.hexValue(text[index + 1]),
                      let low = QuotedPrintableDecoder.hexValue(text[index + 2]) {
                output.append(high << 4 | low)
                index += 3
                continue
            } else {
                output.append(byte)
            }
            index += 1
        }
        return output
    }

    /// True when `bytes` hold `=?`, which every encoded word starts with.
    static func containsEncodedWordStart<Bytes: Collection>(_ bytes: Bytes) -> Bool where Bytes.Element == UInt8 {
        var previous: UInt8 = 0
        for byte in bytes {
            if previous == equalsSign, byte == questionMark { return true }
            previous = byte
        }
        return false
    }

    private static let equalsSign = UInt8(ascii: "=")
    private static let questionMark = UInt8(ascii: "?")
    private static let underscore = UInt8(ascii: "_")
    private static let space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let lineFeed = UInt8(ascii: "\n")
}
