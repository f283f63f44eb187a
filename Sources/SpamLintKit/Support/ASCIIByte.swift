/// Character classes of ASCII bytes, answering exactly as `Character`'s properties do for the
/// one-scalar ASCII characters, without the Unicode property lookups those make per character.
///
/// CR LF is one `Character` but two bytes; both bytes are whitespace, as the pair is, so a byte
/// scan splits words where a `Character` scan does.
enum ASCIIByte {
    /// `Character.isWhitespace`: tab, line feed, vertical tab, form feed, carriage return, space.
    static func isWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }

    /// `Character.isUppercase`.
    static func isUppercase(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }

    /// `Character.isLowercase`.
    static func isLowercase(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") }

    /// `Character.isNumber`: the ASCII digits are the only ASCII characters with a numeric type.
    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// `Character.isLetter`.
    static func isLetter(_ byte: UInt8) -> Bool { isUppercase(byte) || isLowercase(byte) }

    /// What `String.lowercased()` makes of the byte.
    static func lowercased(_ byte: UInt8) -> UInt8 { isUppercase(byte) ? byte | 0x20 : byte }

    /// True when every byte of the buffer is ASCII.
    static func allASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // Eight bytes at a time: a long body is scanned once per rule that asks.
        var index = 0
        let count = bytes.count
        if let base = bytes.baseAddress {
            while index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 != 0 { return false }
                index += 8
            }
        }
        while index < count {
            if bytes[index] >= 0x80 { return false }
            index += 1
        }
        return true
    }

    /// True when the bytes at `index` spell `lowercasePattern`, ignoring ASCII case.
    static func hasPrefix(_ lowercasePattern: StaticString, in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let count = lowercasePattern.utf8CodeUnitCount
        guard index >= 0, index + count <= bytes.count else { return false }
        let pattern = lowercasePattern.utf8Start
        for offset in 0..<count where lowercased(bytes[index + offset]) != pattern[offset] { return false }
        return true
    }
}
