/// The domain lists rules consult: built-in lists from `Rules/lists/` merged with the user's config.
@_spi(CLI) public struct DomainKnowledge: Sendable {
    @_spi(CLI) public var shorteners: DomainSet
    /// ESP click-tracking and redirect domains: legitimate, never scored as shorteners.
    @_spi(CLI) public var clickTrackers: DomainSet
    @_spi(CLI) public var freemail: DomainSet
    /// Link domains the user vouches for (config `allowed-link-domains`).
    @_spi(CLI) public var allowedLinkDomains: DomainSet
    /// Open-redirect endpoints that wrap a destination URL in a query parameter.
    @_spi(CLI) public var openRedirectors: OpenRedirectorList

    @_spi(CLI) public init(shorteners: DomainSet, clickTrackers: DomainSet, freemail: DomainSet, allowedLinkDomains: DomainSet = DomainSet(),
                openRedirectors: OpenRedirectorList = .builtIn) {
        self.shorteners = shorteners
        self.clickTrackers = clickTrackers
        self.freemail = freemail
        self.allowedLinkDomains = allowedLinkDomains
        self.openRedirectors = openRedirectors
    }

    /// The lists shipped in `Rules/lists/`, each parsed on first use (a run that never looks a
    /// host up in a list does not pay for it).
    @_spi(CLI) public static let builtIn: DomainKnowledge = DomainKnowledge(
        shorteners: DomainSet(builtIn: .shorteners),
        clickTrackers: DomainSet(builtIn: .clickTrackers),
        freemail: DomainSet(builtIn: .freemail)
    )

    /// True when `host` is a public shortener and not a known click tracker or an allowed domain.
    @_spi(CLI) public func isShortener(_ host: String) -> Bool {
        guard shorteners.contains(host) else { return false }
        return !clickTrackers.contains(host) && !allowedLinkDomains.contains(host)
    }
}
