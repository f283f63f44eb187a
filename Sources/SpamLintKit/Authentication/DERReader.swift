/// Reads definite-length DER tag-length-value items from a byte slice.
struct DERReader {
    var bytes: ArraySlice<UInt8>

    var peekTag: UInt8? { bytes.first }

    /// The contents of the next item if it has `tag`; nil (and nothing consumed) otherwise.
    mutating func read(tag: UInt8) -> ArraySlice<UInt8>? {
        var cursor = bytes.startIndex
        guard cursor < bytes.endIndex, bytes[cursor] == tag else { return nil }
        cursor += 1
        guard cursor < bytes.endIndex else { return nil }
        var length = Int(bytes[cursor])
        cursor += 1
        if length & 0x80 != 0 {
            let count = length & 0x7F
            guard count > 0, count <= 4, cursor + count <= bytes.endIndex else { return nil }
            length = 0
            for byte in bytes[cursor..<(cursor + count)] { length = length << 8 | Int(byte) }
            cursor += count
        }
        guard length >= 0, cursor + length <= bytes.endIndex else { return nil }
        let contents = bytes[cursor..<(cursor + length)]
        bytes = bytes[(cursor + length)...]
        return contents
    }
}
