/// Byte-level helpers for matching what a case-insensitive regex would on ASCII text.
///
/// On all-ASCII text a Character is a byte (a `\r\n` pair aside, which is whitespace either way),
/// `\s` is 0x09–0x0D and space, and ignoring case is ASCII lower-casing, so these scans give the
/// regex's answer without building a `Regex` per call.
enum ASCIIScan {
    /// True when every byte is ASCII.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.allSatisfy { $0 < 0x80 }
    }

    /// Regex `\s` on an ASCII byte.
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    static func lowercased(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
    }

    /// True when the bytes at `index` spell `lowercasePattern`, ignoring ASCII case.
    static func hasPrefix(_ lowercasePattern: StaticString, in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let count = lowercasePattern.utf8CodeUnitCount
        guard index >= 0, index + count <= bytes.count else { return false }
        let pattern = lowercasePattern.utf8Start
        for offset in 0..<count where lowercased(bytes[index + offset]) != pattern[offset] { return false }
        return true
    }

    /// The first index at or after `from` where `lowercasePattern` occurs, ignoring ASCII case.
    static func firstIndex(of lowercasePattern: StaticString, in bytes: UnsafeBufferPointer<UInt8>, from: Int = 0) -> Int? {
        var index = max(0, from)
        while index + lowercasePattern.utf8CodeUnitCount <= bytes.count {
            if hasPrefix(lowercasePattern, in: bytes, at: index) { return index }
            index += 1
        }
        return nil
    }

    static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
