/// Decodes quoted-printable (RFC 2045 §6.7), keeping whatever cannot be decoded so no text is lost.
enum QuotedPrintableDecoder {
    /// Decodes `=XX` escapes (either case) and soft line breaks (`=` then optional spaces, then
    /// CRLF or LF, or `=` at the very end). An `=` that starts neither is kept literally and makes
    /// `isValid` false. Trailing spaces before a hard line break are dropped as RFC 2045 rule 3
    /// requires, because transports add them.
    static func decode(_ bytes: ArraySlice<UInt8>) -> (bytes: [UInt8], isValid: Bool) {
        var isValid = true
        // Every input byte yields at most one output byte, so the output is written in place into
        // storage of the input's size, with no per-byte growth check.
        let output = [UInt8](unsafeUninitializedCapacity: bytes.count) { output, written in
            written = 0
            bytes.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress, let out = output.baseAddress else { return }
                let count = buffer.count
                var length = 0
                // Output up to here came from escapes and must survive trailing-space trimming.
                var protectedLength = 0
                var index = 0
                while index < count {
                    let byte = base[index]
                    if byte == equalsSign {
                        if index + 2 < count, let high = hexValue(base[index + 1]), let low = hexValue(base[index + 2]) {
                            out[length] = high << 4 | low
                            length += 1
                            protectedLength = length
                            index += 3
                            continue
                        }
                        // Soft line break: `=`, optional transport padding, then the line end or EOF.
                        var probe = index + 1
                        while probe < count, base[probe] == space || base[probe] == tab { probe += 1 }
                        if probe == count {
                            index = probe
                            continue
                        }
                        if base[probe] == lineFeed {
                            index = probe + 1
                            protectedLength = length
                            continue
                        }
                        if base[probe] == carriageReturn, probe + 1 < count, base[probe + 1] == lineFeed {
                            index = probe + 2
                            protectedLength = length
                            continue
                        }
                        isValid = false
                        out[length] = byte
                        length += 1
                        protectedLength = length
                        index += 1
                    } else if byte == lineFeed || (byte == carriageReturn && index + 1 < count && base[index + 1] == lineFeed) {
                        while length > protectedLength, out[length - 1] == space || out[length - 1] == tab { length -= 1 }
                        if byte == carriageReturn {
                            out[length] = carriageReturn
                            length += 1
                            index += 1
                        }
                        out[length] = lineFeed
                        length += 1
                        index += 1
                        protectedLength = length
                    } else {
                        out[length] = byte
                        length += 1
                        index += 1
                    }
                }
                written = length
            }
        }
        return (output, isValid)
    }

    private static let equalsSign = UInt8(ascii: "=")
    private static let space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let lineFeed = UInt8(ascii: "\n")

    @inline(__always)
    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        default: return nil
        }
    }
}
