/// Decodes quoted-printable (RFC 2045 §6.7), keeping whatever cannot be decoded so no text is lost.
public enum QuotedPrintableDecoder {
    /// Decodes `=XX` escapes (either case) and soft line breaks (`=` then optional spaces, then
    /// CRLF or LF, or `=` at the very end). An `=` that starts neither is kept literally and makes
    /// `isValid` false. Trailing spaces before a hard line break are dropped as RFC 2045 rule 3
    /// requires, because transports add them.
    public static func decode(_ bytes: ArraySlice<UInt8>) -> (bytes: [UInt8], isValid: Bool) {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var isValid = true
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let count = buffer.count
            // Output up to here came from escapes and must survive trailing-space trimming.
            var protectedLength = 0
            var index = 0
            while index < count {
                let byte = base[index]
                if byte == equalsSign {
                    if index + 2 < count, let high = hexValue(base[index + 1]), let low = hexValue(base[index + 2]) {
                        output.append(high << 4 | low)
                        protectedLength = output.count
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
                        protectedLength = output.count
                        continue
                    }
                    if base[probe] == carriageReturn, probe + 1 < count, base[probe + 1] == lineFeed {
                        index = probe + 2
                        protectedLength = output.count
                        continue
                    }
                    isValid = false
                    output.append(byte)
                    protectedLength = output.count
                    index += 1
                } else if byte == lineFeed || (byte == carriageReturn && index + 1 < count && base[index + 1] == lineFeed) {
                    while output.count > protectedLength, let last = output.last, last == space || last == tab {
                        output.removeLast()
                    }
                    if byte == carriageReturn {
                        output.append(carriageReturn)
                        index += 1
                    }
                    output.append(lineFeed)
                    index += 1
                    protectedLength = output.count
                } else {
                    output.append(byte)
                    index += 1
                }
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
