/// Flags links through open redirects that wrap another URL (google.com/url?q=…), and redirects
/// that wrap another redirect or shortener.
struct LinkRedirectorRule: Rule {
    init() {}

    static let followedKinds: Set<LinkKind> = [.anchor, .area, .text, .form]
    /// A tracker or other unlisted host that names its target is no open redirect; one whose target
    /// is itself a redirect or shortener scores a third of a known redirect, times `nestedFactor`.
    static let genericFactor = 1.0 / 3
    /// A redirect wrapping another redirect or shortener (rspamd URL_REDIRECTOR_NESTED adds 1.0).
    static let nestedFactor = 5.0 / 3
    /// Share and bookmark endpoints take a URL to share, not to go to.
    static let sharePathFragments = ["share", "intent/", "/pin/create", "submit", "bookmark", "/send"]

    let description = RuleDescription(
        id: "link-redirector", name: "Open-redirect link", category: .links, severity: .warning, score: 1.5,
        summary: "A link goes through an open redirect that wraps another URL (google.com/url?q=…, l.facebook.com/l.php?u=…).",
        rationale: """
            Spammers wrap their URL in a trusted domain's open redirect so filters and readers see google.com or \
            facebook.com instead of the real destination; Yahoo's sender FAQ names "obfuscation of URLs", rspamd \
            tracks redirectors (REDIRECTOR_URL, URL_REDIRECTOR_NESTED 1.0) and ClearURLs lists the same endpoints. \
            Known endpoints come from Rules/lists/open-redirectors.txt. A click tracker (an ESP's, the sender's \
            own or any other host) whose query names its target shows where it goes, so it is no open redirect; \
            it is flagged only when that target is itself a redirect or shortener (a nested redirect, which \
            scores more on a known endpoint too). Share buttons are exempt.
            """,
        fix: "Link straight to the destination; use your own domain or your ESP's click tracking for analytics.",
        triggeringExamples: [
            RuleExample(#"<p><a href="↓https://www.google.com/url?q=https%3A%2F%2Fwin-prize.example%2Fclaim&sa=D">Claim</a></p>"#),
            RuleExample(#"<p><a href="↓https://l.facebook.com/l.php?u=https://bit.ly/3xYz">Watch</a></p>"#),
            RuleExample(#"<p><a href="↓https://go.partner-network.example/click?dest=https://bit.ly/3xYz">Deal</a></p>"#,
                        from: "news@acme.example"),
            RuleExample(#"<p><a href="https://acme.us1.list-manage.com/track/click?u=1&url=https%3A%2F%2Fwww.google.com%2Furl%3Fq%3Dhttps%3A%2F%2Fprize.example%2F">Go</a></p>"#),
            RuleExample(#"<p><a href="http://click.search.example/director.asp?id=1&target=http://203.0.113.7/mortg/">Rates</a></p>"#),
        ],
        nonTriggeringExamples: [
            RuleExample(#"<p><a href="https://www.google.com/url?q=cheap+flights">search</a></p>"#),
            RuleExample(#"<p><a href="https://www.facebook.com/sharer/sharer.php?u=https://www.acme.example/post">Share</a></p>"#),
            RuleExample(#"<p><a href="https://app.acme.example/login?next=https://app.acme.example/orders">Orders</a></p>"#),
            RuleExample(#"<p><a href="https://links.acme.example/r?url=https://partner.example/">Partner</a></p>"#,
                        from: "news@acme.example"),
            RuleExample(#"<p><a href="https://acme.us1.list-manage.com/track/click?u=1&url=https://partner.example/">Go</a></p>"#),
            RuleExample(#"<p><a href="https://track.shop-mailer.example/clicktrack.asp?eid=7&url=https%3A%2F%2Fwww.shop.example%2Fsale">Sale</a></p>"#,
                        from: "news@acme.example"),
            RuleExample(#"<p><a href="https://iqconnect.lmhostediq.com/iqextranet/iqClickTrk.aspx?cid=X&redirect=https%3A%2F%2Fsmith.house.gov%2F">Site</a></p>"#,
                        from: "outreach@mail.house.gov"),
        ]
    )

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        document.bodyLinks.compactMap { link in
            guard LinkRedirectorRule.followedKinds.contains(link.kind), !link.isDynamic, let host = link.host,
                  !context.domains.allowedLinkDomains.contains(host), let url = RedirectDestinations.href(of: link) else { return nil }
            if let wrapped = context.domains.openRedirectors.wrappedURL(in: url) {
                let wrappedURL = ParsedURL(wrapped)
                return violation(link, host: host, wrapped: wrappedURL, text: wrapped, known: true,
                                 nested: wrappedURL.map { isRedirect($0, in: context) } ?? false)
            }
            // Any other host that names its target shows where it goes: only a target that is a
            // redirect itself is reported. Most queries hold no URL, which one byte scan tells.
            guard RedirectDestinations.queryMayCarryWebURL(url.rest) else { return nil }
            let path = url.path.lowercased()
            guard !LinkRedirectorRule.sharePathFragments.contains(where: { TextSearch.contains(path, $0) }) else { return nil }
            let organization = link.organizationalDomain ?? host
            for wrapped in RedirectDestinations.wrappedURLs(in: url) {
                guard let wrappedHost = wrapped.host, (OrganizationalDomain.of(wrappedHost) ?? wrappedHost) != organization,
                      isRedirect(wrapped, in: context) else { continue }
                return violation(link, host: host, wrapped: wrapped, text: wrappedHost, known: false, nested: true)
            }
            return nil
        }
    }

    /// A known open redirect wrapping a URL, a shortener, an IP-address host (which no reader can
    /// place), or a URL off the click-tracking list whose query or path names a target on another
    /// domain (a redirect of its own).
    private func isRedirect(_ url: ParsedURL, in context: RuleContext) -> Bool {
        guard let host = url.host else { return false }
        if context.domains.openRedirectors.wrappedURL(in: url) != nil || context.domains.isShortener(host) { return true }
        if IPAddressLiteral.isLiteral(host) { return true }
        // An ESP's tracker handing the click to another of its hosts (iContact's relay to its
        // view-online page) hides nothing.
        if context.domains.clickTrackers.contains(host) { return false }
        let organization = OrganizationalDomain.of(host) ?? host
        return RedirectDestinations.wrappedURLs(in: url).contains { target in
            target.host.map { (OrganizationalDomain.of($0) ?? $0) != organization } ?? false
        }
    }

    private func violation(_ link: Link, host: String, wrapped: ParsedURL?, text: String, known: Bool, nested: Bool) -> Violation {
        let destination = wrapped?.host ?? text
        let kind = known ? "open redirect on \(host)" : "\(host) redirects"
        return Violation("\(kind) to \(destination)\(nested ? ", itself a redirect, shortener or IP address" : "")",
                         evidence: EvidenceText.shortened(link.href),
                         at: link.position,
                         scoreFactor: (known ? 1 : LinkRedirectorRule.genericFactor) * (nested ? LinkRedirectorRule.nestedFactor : 1))
    }
}
