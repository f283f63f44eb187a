/// Flags messages whose links go to many unrelated organizations.
struct LinksManyDomainsRule: Rule {
    init() {}

    /// More distinct organizational domains than this (after exclusions) triggers.
    static let maximumDomains = 10
    static let followedKinds: Set<LinkKind> = [.anchor, .area, .text, .form]
    /// Footer destinations nearly every newsletter links to (social profiles, app stores).
    static let commonFooterDomains: Set<String> = [
        "facebook.com", "fb.com", "twitter.com", "x.com", "instagram.com", "linkedin.com", "youtube.com", "pinterest.com",
        "tiktok.com", "threads.net", "apple.com", "google.com", "whatsapp.com", "telegram.org", "t.me", "vimeo.com",
        "medium.com", "github.com", "discord.gg", "discord.com", "reddit.com", "snapchat.com", "tumblr.com", "flickr.com",
    ]
    /// Domains templates use as stand-ins for the real one.
    static let placeholderDomains: Set<String> = [
        "example.com", "example.net", "example.org", "yourdomain.com", "yourcompany.com", "yoursite.com", "yourwebsite.com",
        "domain.com", "mydomain.com", "company.com", "website.com", "url.com", "link.com",
    ]

    let description = RuleDescription(
        id: "links-many-domains", name: "Links to many domains", category: .links, severity: .info, score: 0.2,
        summary: "Links go to more than 10 distinct organizational domains (the sender's, ESP tracking, social profiles and placeholders not counted).",
        rationale: """
            Each linked domain brings its own reputation into the message (Yahoo's sender FAQ lists URL \
            reputation; SpamAssassin and rspamd look every domain up in URI blocklists such as SURBL and URIBL), and \
            link farms and affiliate spam link to many unrelated sites. The sender's own domains, ESP click \
            tracking, social-profile and app-store links, and placeholder domains are not counted. It is hygiene \
            with a small score: in the SpamAssassin public corpus ham (digests, newsletters) links to many domains \
            more often than spam does (more than 10: 1.3% of ham, 0.8% of spam), and real templates link to at \
            most two.
            """,
        fix: "Link to fewer third-party sites; route links through your own domain or ESP click tracking.",
        triggeringExamples: [
            RuleExample((1...11).map { #"<p><a href="https://site\#($0).example/offer">offer \#($0)</a></p>"# }.joined(separator: "\n")),
        ],
        nonTriggeringExamples: [
            RuleExample((1...10).map { #"<p><a href="https://site\#($0).example/offer">offer \#($0)</a></p>"# }.joined(separator: "\n")),
            RuleExample(([#"<p><a href="https://www.acme.example/">Acme</a></p>"#] + ["facebook.com", "x.com", "instagram.com", "linkedin.com", "youtube.com",
                          "pinterest.com", "tiktok.com", "example.com"].map { #"<a href="https://www.\#($0)/acme">\#($0)</a>"# }
                         + (1...4).map { #"<a href="https://acme.us\#($0).list-manage.com/track/click?u=\#($0)">item</a>"# }).joined(separator: "\n")),
        ]
    )

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        let sender = SenderOrganizations.of(document)
        var firstLink: [String: Link] = [:]
        var order: [String] = []
        for link in document.bodyLinks where LinksManyDomainsRule.followedKinds.contains(link.kind) && !link.isDynamic {
            guard let host = link.host, let organization = link.organizationalDomain, !sender.contains(organization),
                  !context.domains.clickTrackers.contains(host), !context.domains.allowedLinkDomains.contains(host),
                  !LinksManyDomainsRule.commonFooterDomains.contains(organization), !isPlaceholder(organization), !LocalHost.contains(host)
            else { continue }
            if firstLink[organization] == nil {
                firstLink[organization] = link
                order.append(organization)
            }
        }
        guard order.count > LinksManyDomainsRule.maximumDomains, let last = firstLink[order[LinksManyDomainsRule.maximumDomains]] else { return [] }
        let listed = order.prefix(12).joined(separator: ", ") + (order.count > 12 ? ", …" : "")
        return [Violation("links go to \(order.count) different organizations (more than \(LinksManyDomainsRule.maximumDomains))",
                          evidence: listed, at: last.position)]
    }

    private func isPlaceholder(_ organization: String) -> Bool {
        LinksManyDomainsRule.placeholderDomains.contains(organization) || organization.hasSuffix(".invalid")
    }
}
