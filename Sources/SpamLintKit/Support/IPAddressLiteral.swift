/// Recognises IPv4 (also the decimal, octal and hex forms browsers accept) and IPv6 host literals.
@_spi(CLI) public enum IPAddressLiteral {
    @_spi(CLI) public static func isLiteral(_ host: String) -> Bool {
        // Every host of every link asks this: answer ASCII hosts from their bytes.
        var text = host
        if let answer = text.withUTF8({ $0.allSatisfy { $0 < 0x80 } ? isASCIILiteral($0) : nil }) { return answer }
        return isLiteralByCharacters(host)
    }

    /// The general test, over Characters.
    static func isLiteralByCharacters(_ host: String) -> Bool {
        if host.hasPrefix("[") || host.contains(":") { return true }
        if host.isEmpty { return false }
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...4).contains(labels.count) else { return false }
        // A last label that is all digits (or 0x-hex) makes browsers read the host as an address.
        return labels.allSatisfy { label in
            guard !label.isEmpty else { return false }
            if label.lowercased().hasPrefix("0x") {
                return label.dropFirst(2).allSatisfy(\.isHexDigit)
            }
            return label.allSatisfy(\.isASCIIDigit)
        }
    }

    /// `isLiteral` on ASCII bytes, where Characters are bytes and digits are `0`–`9`.
    private static func isASCIILiteral(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if bytes.first == UInt8(ascii: "[") || bytes.contains(UInt8(ascii: ":")) { return true }
        if bytes.isEmpty { return false }
        var labels = 0
        var labelStart = 0
        while labelStart <= bytes.count {
            var labelEnd = labelStart
            while labelEnd < bytes.count, bytes[labelEnd] != UInt8(ascii: ".") { labelEnd += 1 }
            labels += 1
            guard labels <= 4, isNumericLabel(UnsafeBufferPointer(rebasing: bytes[labelStart..<labelEnd])) else { return false }
            labelStart = labelEnd + 1
        }
        return true
    }

    private static func isNumericLabel(_ label: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !label.isEmpty else { return false }
        if label.count >= 2, label[0] == UInt8(ascii: "0"), label[1] | 0x20 == UInt8(ascii: "x") {
            return label.dropFirst(2).allSatisfy { byte in
                (0x30...0x39).contains(byte) || (0x61...0x66).contains(byte | 0x20)
            }
        }
        return label.allSatisfy { (0x30...0x39).contains($0) }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
