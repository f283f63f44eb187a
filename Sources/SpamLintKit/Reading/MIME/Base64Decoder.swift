/// Decodes base64 (RFC 2045 §6.8) the way mail clients do: leniently, because spam and broken
/// mailers routinely emit line noise, missing padding or stray characters inside base64 bodies.
enum Base64Decoder {
    /// Decodes `bytes`, skipping whitespace and line breaks and stopping at the first `=` padding.
    ///
    /// Characters outside the base64 alphabet are skipped and make `isValid` false; a trailing
    /// partial quantum is decoded as far as its bits allow (missing padding alone is not an error,
    /// but a lone leftover character, which cannot form a byte, is).
    static func decode(_ bytes: ArraySlice<UInt8>) -> (bytes: [UInt8], isValid: Bool) {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count / 4 * 3 + 3)
        var isValid = true
        var accumulator: UInt32 = 0
        var pending = 0
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let table = decodingTable
            var index = 0
            let count = buffer.count
            while index < count {
                let value = table[Int(base[index])]
                index += 1
                if value < 64 {
                    accumulator = (accumulator << 6) | UInt32(value)
                    pending += 1
                    if pending == 4 {
                        output.append(UInt8(truncatingIfNeeded: accumulator >> 16))
                        output.append(UInt8(truncatingIfNeeded: accumulator >> 8))
                        output.append(UInt8(truncatingIfNeeded: accumulator))
                        accumulator = 0
                        pending = 0
                    }
                } else if value == paddingMarker {
                    break
                } else if value == invalidMarker {
                    isValid = false
                }
                // whitespaceMarker: skipped silently, line breaks are expected in MIME bodies.
            }
        }
        switch pending {
        case 2:
            output.append(UInt8(truncatingIfNeeded: accumulator >> 4))
        case 3:
            output.append(UInt8(truncatingIfNeeded: accumulator >> 10))
            output.append(UInt8(truncatingIfNeeded: accumulator >> 2))
        case 1:
            isValid = false
        default:
            break
        }
        return (output, isValid)
    }

    private static let whitespaceMarker: UInt8 = 0xFD
    private static let paddingMarker: UInt8 = 0xFE
    private static let invalidMarker: UInt8 = 0xFF

    /// One lookup per input byte keeps large attachments fast; values ≥ 64 are markers.
    private static let decodingTable: [UInt8] = {
        var table = [UInt8](repeating: invalidMarker, count: 256)
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        for (value, character) in alphabet.enumerated() { table[Int(character)] = UInt8(value) }
        // `-` and `_` (the URL-safe alphabet) stay invalid: in mail they come from text footers
        // appended after the base64, and decoding them would inject junk bytes.
        for space in [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n"), 0x0B, 0x0C] {
            table[Int(space)] = whitespaceMarker
        }
        table[Int(UInt8(ascii: "="))] = paddingMarker
        return table
    }()
}
