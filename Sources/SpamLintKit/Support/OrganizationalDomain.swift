import SpamLintInterop

/// Organizational domains (RFC 7489 §3.2) from the Public Suffix List.
@_spi(CLI) public enum OrganizationalDomain {
    /// The registrable domain of a host; the host itself when the PSL has none (an unknown TLD,
    /// a bare public suffix); nil for IP literals and empty hosts.
    @_spi(CLI) public static func of(_ host: String) -> String? {
        // Every link and mailbox asks this, and a run sees the same few hosts again and again: the PSL
        // lookup (a C call on a fresh C string, then a fresh Swift string) is remembered per host as written.
        remembered.match(host) { lookUp(host) }
    }

    private static let remembered = DomainMatchCache()

    /// The PSL answer itself, without memory.
    static func lookUp(_ host: String) -> String? {
        let host = host.lowercased().trimmingTrailingDots()
        guard !host.isEmpty, !IPAddressLiteral.isLiteral(host) else { return nil }
        return PublicSuffixList.registrableDomain(of: host) ?? host
    }

    /// True when the two hosts share an organizational domain (DMARC relaxed alignment).
    @_spi(CLI) public static func aligned(_ lhs: String, _ rhs: String) -> Bool {
        guard let left = of(lhs), let right = of(rhs) else { return false }
        return left == right
    }
}

extension String {
    func trimmingTrailingDots() -> String {
        var result = Substring(self)
        while result.hasSuffix(".") { result = result.dropLast() }
        return String(result)
    }
}
