/// Recognises IPv4 (also the decimal, octal and hex forms browsers accept) and IPv6 host literals.
public enum IPAddressLiteral {
    public static func isLiteral(_ host: String) -> Bool {
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
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
