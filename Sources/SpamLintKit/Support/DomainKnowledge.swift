/// The domain lists rules consult: built-in lists from `Rules/lists/` merged with the user's config.
public struct DomainKnowledge: Sendable {
    public var shorteners: DomainSet
    /// ESP click-tracking and redirect domains: legitimate, never scored as shorteners.
    public var clickTrackers: DomainSet
    public var freemail: DomainSet
    /// Link domains the user vouches for (config `allowed-link-domains`).
    public var allowedLinkDomains: DomainSet
    /// Open-redirect endpoints that wrap a destination URL in a query parameter.
    public var openRedirectors: OpenRedirectorList

    public init(shorteners: DomainSet, clickTrackers: DomainSet, freemail: DomainSet, allowedLinkDomains: DomainSet = DomainSet(),
                openRedirectors: OpenRedirectorList = .builtIn) {
        self.shorteners = shorteners
        self.clickTrackers = clickTrackers
        self.freemail = freemail
        self.allowedLinkDomains = allowedLinkDomains
        self.openRedirectors = openRedirectors
    }

    /// The lists shipped in `Rules/lists/`, parsed once per process.
    public static let builtIn: DomainKnowledge = DomainKnowledge(
        shorteners: DomainSet(listText: BuiltInRuleFiles.text("lists/url-shorteners.txt") ?? ""),
        clickTrackers: DomainSet(listText: BuiltInRuleFiles.text("lists/click-tracking-domains.txt") ?? ""),
        freemail: DomainSet(listText: BuiltInRuleFiles.text("lists/freemail-domains.txt") ?? "")
    )

    /// True when `host` is a public shortener and not a known click tracker or an allowed domain.
    public func isShortener(_ host: String) -> Bool {
        guard shorteners.contains(host) else { return false }
        return !clickTrackers.contains(host) && !allowedLinkDomains.contains(host)
    }
}
