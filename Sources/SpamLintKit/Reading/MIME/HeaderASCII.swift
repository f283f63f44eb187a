import Foundation

/// Character-level string operations on header text, done on bytes when the text is ASCII.
///
/// On ASCII text a Character is one byte (CR LF aside, which is whitespace either way), so the
/// byte answer is the Character answer, without Foundation's NSString bridge or per-Character
/// Unicode property look-ups. Non-ASCII text keeps the Character route: there, for example, a
/// combining mark after `/` makes one Character that `contains("/")` does not match.
enum HeaderASCII {
    /// `text.contains(needle)` (Foundation's) for a non-empty ASCII needle.
    static func contains(_ text: String, _ needle: StaticString) -> Bool {
        let answer = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            for byte in bytes where byte >= 0x80 { return nil }
            let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
            guard let first = pattern.first, pattern.count <= bytes.count else { return false }
            for start in 0...(bytes.count - pattern.count) where bytes[start] == first {
                if UnsafeBufferPointer(rebasing: bytes[start..<(start + pattern.count)]).elementsEqual(pattern) { return true }
            }
            return false
        }
        if let answer = answer ?? nil { return answer }
        return text.contains(needle.description)
    }

    /// `text.filter { !$0.isWhitespace }`.
    static func removingWhitespace<Text: StringProtocol>(_ text: Text) -> String {
        if let bytes = asciiBytes(text) {
            return String(decoding: bytes.filter { !isWhitespace($0) }, as: UTF8.self)
        }
        return String(text.filter { !$0.isWhitespace })
    }

    /// `text.split(whereSeparator: \.isWhitespace).joined(separator: " ")`.
    static func collapsingWhitespace(_ text: String) -> String {
        guard let bytes = asciiBytes(text) else {
            return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var pendingSpace = false
        for byte in bytes {
            if isWhitespace(byte) {
                pendingSpace = !output.isEmpty
            } else {
                if pendingSpace { output.append(0x20) }
                pendingSpace = false
                output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The UTF-8 bytes of `text` when they are all ASCII; nil otherwise.
    private static func asciiBytes<Text: StringProtocol>(_ text: Text) -> [UInt8]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if byte >= 0x80 { return nil }
            bytes.append(byte)
        }
        return bytes
    }

    /// ASCII bytes that are whitespace Characters: tab, LF, VT, FF, CR and space.
    @inline(__always)
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }
}
