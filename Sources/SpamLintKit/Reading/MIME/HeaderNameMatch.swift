/// Case-insensitive comparison of header field names, equal to `a.lowercased() == b.lowercased()`.
///
/// Rules look headers up by name many times per message; lower-casing both names allocated two
/// strings per field per look-up. Field names read from mail are ASCII (RFC 5322 §3.6.8), so they
/// are compared byte by byte, folding A–Z; a non-ASCII name on either side takes the Unicode route.
struct HeaderNameMatch {
    private let wanted: String
    /// The wanted name's bytes folded to lower case; nil when it is not ASCII.
    private let foldedASCII: [UInt8]?

    init(_ wanted: String) {
        self.wanted = wanted
        var folded: [UInt8]? = []
        for byte in wanted.utf8 {
            guard byte < 0x80 else { folded = nil; break }
            folded!.append(Self.lowered(byte))
        }
        foldedASCII = folded
    }

    func matches(_ name: String) -> Bool {
        if let foldedASCII {
            var name = name
            let answer = name.withUTF8 { bytes -> Bool? in
                var equal = bytes.count == foldedASCII.count
                for index in 0..<bytes.count {
                    let byte = bytes[index]
                    if byte >= 0x80 { return nil }
                    if equal, Self.lowered(byte) != foldedASCII[index] { equal = false }
                }
                return equal
            }
            if let answer { return answer }
        }
        return name.lowercased() == wanted.lowercased()
    }

    @inline(__always)
    private static func lowered(_ byte: UInt8) -> UInt8 {
        byte &- 0x41 < 26 ? byte | 0x20 : byte
    }
}
