/// Lists the file names inside a ZIP archive from its central directory (PKWARE APPNOTE §4.3.12,
/// §4.3.16) without decompressing anything, so rules can see an `.exe` or a `.zip` inside a `.zip`.
enum ZipDirectory {
    /// Names stored in the archive, or `[]` when the bytes are not a readable ZIP.
    static func entryNames(_ bytes: [UInt8], limit: Int = 1000) -> [String] {
        guard bytes.count >= 22, bytes[0] == 0x50, bytes[1] == 0x4B, bytes[2] == 0x03 || bytes[2] == 0x05,
              let end = endOfCentralDirectory(bytes) else { return [] }
        let entryCount = Int(uint16(bytes, end + 10))
        var offset = Int(uint32(bytes, end + 16))
        var names: [String] = []
        for _ in 0..<min(entryCount, limit) {
            guard offset + 46 <= bytes.count, uint32(bytes, offset) == 0x0201_4B50 else { break }
            let nameLength = Int(uint16(bytes, offset + 28))
            let extraLength = Int(uint16(bytes, offset + 30))
            let commentLength = Int(uint16(bytes, offset + 32))
            let nameStart = offset + 46
            guard nameStart + nameLength <= bytes.count else { break }
            names.append(String(decoding: bytes[nameStart..<(nameStart + nameLength)], as: UTF8.self))
            offset = nameStart + nameLength + extraLength + commentLength
        }
        return names
    }

    /// Offset of the end-of-central-directory record: the last one within the final 64 KiB + 22 bytes.
    private static func endOfCentralDirectory(_ bytes: [UInt8]) -> Int? {
        let lowest = max(0, bytes.count - 22 - 65_535)
        var offset = bytes.count - 22
        while offset >= lowest {
            if bytes[offset] == 0x50, uint32(bytes, offset) == 0x0605_4B50 { return offset }
            offset -= 1
        }
        return nil
    }

    private static func uint16(_ bytes: [UInt8], _ offset: Int) -> UInt16 {
        UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    private static func uint32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
    }
}
