/// Flags links through open redirects that wrap another URL (google.com/url?q=…).
struct LinkRedirectorRule: Rule {
    init() {}

    static let followedKinds: Set<LinkKind> = [.anchor, .area, .text, .form]
    /// A URL in a query parameter of an unlisted host: often a redirect, sometimes just a return
    /// address, so a third of the score.
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
            Known endpoints come from Rules/lists/open-redirectors.txt. Any other host whose query carries a full \
            http(s) URL on another domain scores a third; ESP click tracking, the sender's own domain and share \
            buttons are exempt. A redirect wrapping a redirect or shortener scores more.
            """,
        fix: "Link straight to the destination; use your own domain or your ESP's click tracking for analytics.",
        triggeringExamples: [
            RuleExample(#"<p><a href="↓https://www.google.com/url?q=https%3A%2F%2Fwin-prize.example%2Fclaim&sa=D">Claim</a></p>"#),
            RuleExample(#"<p><a href="↓https://l.facebook.com/l.php?u=https://bit.ly/3xYz">Watch</a></p>"#),
            RuleExample(#"<p><a href="↓https://go.partner-network.example/click?dest=https://shop.other.example/deal">Deal</a></p>"#,
                        from: "news@acme.example"),
        ],
        nonTriggeringExamples: [
            RuleExample(#"<p><a href="https://www.google.com/url?q=cheap+flights">search</a></p>"#),
            RuleExample(#"<p><a href="https://www.facebook.com/sharer/sharer.php?u=https://www.acme.example/post">Share</a></p>"#),
            RuleExample(#"<p><a href="https://app.acme.example/login?next=https://app.acme.example/orders">Orders</a></p>"#),
            RuleExample(#"<p><a href="https://links.acme.example/r?url=https://partner.example/">Partner</a></p>"#,
                        from: "news@acme.example"),
            RuleExample(#"<p><a href="https://acme.us1.list-manage.com/track/click?u=1&url=https://partner.example/">Go</a></p>"#),
        ]
    )

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        let senderOrganizations = SenderOrganizations.of(document)
        return document.bodyLinks.compactMap { link in
            guard LinkRedirectorRule.followedKinds.contains(link.kind), !link.isDynamic, let host = link.host,
                  !context.domains.clickTrackers.contains(host), !context.domains.allowedLinkDomains.contains(host),
                  let url = ParsedURL(link.href) else { return nil }
            if let wrapped = context.domains.openRedirectors.wrappedURL(in: url) {
                return violation(link, host: host, wrapped: wrapped, known: true, in: context)
            }
            guard let organization = link.organizationalDomain, !senderOrganizations.contains(organization) else { return nil }
            let path = url.path.lowercased()
            guard !LinkRedirectorRule.sharePathFragments.contains(where: { TextSearch.contains(path, $0) }) else { return nil }
            guard Self.queryMayCarryWebURL(url.rest) else { return nil }
            for item in url.queryItems where OpenRedirectorList.isWebURL(item.value) {
                guard let wrappedHost = ParsedURL(item.value)?.host, OrganizationalDomain.of(wrappedHost) != organization else { continue }
                return violation(link, host: host, wrapped: item.value, known: false, in: context)
            }
            return nil
        }
    }

    private func violation(_ link: Link, host: String, wrapped: String, known: Bool, in context: RuleContext) -> Violation {
        let wrappedURL = ParsedURL(wrapped)
        let nested = wrappedURL.map { url in
            context.domains.openRedirectors.wrappedURL(in: url) != nil || url.host.map(context.domains.isShortener) == true
        } ?? false
        let destination = wrappedURL?.host ?? wrapped
        let kind = known ? "open redirect on \(host)" : "\(host) passes a URL in its query and may redirect"
        return Violation("\(kind) to \(destination)\(nested ? ", itself a redirect or shortener" : "")",
                         evidence: EvidenceText.shortened(link.href),
                         at: link.position,
                         scoreFactor: (known ? 1 : LinkRedirectorRule.genericFactor) * (nested ? LinkRedirectorRule.nestedFactor : 1))
    }

    /// False when no query value can decode to an http(s) URL: decoding turns only `%XX` into other
    /// characters (`+` becomes a blank, which is trimmed), and no non-ASCII character lower-cases to
    /// h, t or p, so such a value needs a `%` or "http" in some letter case in the raw text.
    static func queryMayCarryWebURL(_ rest: String) -> Bool {
        var rest = rest
        return rest.withUTF8 { bytes in
            guard bytes.count >= 4 else { return bytes.contains(UInt8(ascii: "%")) }
            for index in bytes.indices {
                let byte = bytes[index]
                if byte == UInt8(ascii: "%") { return true }
                if byte | 0x20 == UInt8(ascii: "h"), index + 3 < bytes.count, bytes[index + 1] | 0x20 == UInt8(ascii: "t"),
                   bytes[index + 2] | 0x20 == UInt8(ascii: "t"), bytes[index + 3] | 0x20 == UInt8(ascii: "p") { return true }
            }
            return false
        }
    }
}
