/// Flags link text that shows one web address while the href goes to another.
struct LinkTextURLMismatchRule: Rule {
    init() {}

    /// Text showing another domain over a link to the sender's own site (a brand's page about a
    /// partner, a shop on a sister domain) misleads less than a link to a stranger's.
    static let ownSiteFactor = 1.0 / 3

    let description = RuleDescription(
        id: "link-text-url-mismatch", name: "Link text shows another URL", category: .links,
        severity: .error, score: 3.0,
        summary: "The visible text of a link is a URL or domain on another organizational domain than its href.",
        rationale: """
            Showing one address and linking to another is the core phishing trick. rspamd's PHISHING symbol (4.0) \
            and SpamAssassin's SPOOFED_URL family score it; Gmail asks that links be visible and easy to understand. \
            Click tracking is normal: when the href names its target in the query (`?url=https%3A%2F%2F…`, followed \
            through nested redirects), the text is compared with that target; otherwise a known ESP click-tracking \
            host and the sender's own tracking host (a subdomain of the From or sending domain, such as \
            click.e.brand.com) are exempt, and the sender's main site scores a third. Text counts only when it \
            looks like a host name: README.md and invoice.pdf are file names.
            """,
        fix: "Make the link text match the destination, or use words (\"View your order\") instead of a URL.",
        triggeringExamples: [
            RuleExample(#"<p><a href="↓http://login-verify.example/acct">https://www.mybank.example/login</a></p>"#),
            RuleExample(#"<p><a href="↓https://evil.example/">www.paypal.com</a></p>"#),
            RuleExample(#"<p><a href="↓http://203.0.113.45/login">https://secure.bank.example/login</a></p>"#),
            RuleExample(#"<p><a href="↓https://acme.us1.list-manage.com/track/click?u=1&url=https%3A%2F%2Flogin-verify.example%2F">www.paypal.com</a></p>"#),
            RuleExample(#"<p><a href="↓https://click.acme.example/r?u=https%3A%2F%2Fwww.cnn.example%2F%3Fnext%3Dhttps%253A%252F%252Fevil.example%252F">www.cnn.example</a></p>"#,
                        from: "news@acme.example"),
        ],
        nonTriggeringExamples: [
            RuleExample(#"<p><a href="https://www.acme.example/sale?utm_source=x">www.acme.example/sale</a></p>"#),
            RuleExample(#"<p><a href="https://acme.us1.list-manage.com/track/click?u=1">www.acme.example</a></p>"#),
            RuleExample(#"<p><a href="{{ sale_url }}">www.acme.example</a></p>"#),
            RuleExample(#"<p><a href="https://click.e.acme.example/?qs=8f3a9c">www.partner.example</a></p>"#, from: "news@acme.example"),
            RuleExample(#"<p><a href="https://links.acme.example/u/click?_t=1">https://secure.donate.example/acme</a></p>"#,
                        sendingDomain: "acme.example", from: "news@mail.acme.example"),
            RuleExample(#"<p><a href="https://iqconnect.lmhostediq.com/iqextranet/iqClickTrk.aspx?cid=X&redirect=https%3A%2F%2Fsmith.house.gov%2F">smith.house.gov</a></p>"#),
            RuleExample(#"<p><a href="https://go.cnet.example/go/to?tag=x&destUrl=http%3A%2F%2Fwww%2Eus%2Ebuy%2Eexample%2Fp%2F1">buy.example</a></p>"#),
            RuleExample(#"<p>See <a href="https://github.com/acme/tool/blob/main/README.md">README.md</a> and <a href="https://cdn.example/f/1">invoice.pdf</a></p>"#),
            RuleExample(#"<p><a href="https://dl.acme.example/1">https://same-link-as-button.url/xxx</a></p>"#),
        ]
    )

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        let senderOrganizations = SenderOrganizations.of(document)
        return document.htmlBodies.flatMap(\.links).compactMap { link in
            guard link.kind == .anchor || link.kind == .area, !link.isDynamic,
                  let hrefHost = link.host,
                  let shownHost = DomainMention.host(shownBy: link.text),
                  let shownOrganization = OrganizationalDomain.of(shownHost),
                  // An IP-address href has no organizational domain; it never matches a shown domain.
                  shownOrganization != (link.organizationalDomain ?? hrefHost),
                  !context.domains.allowedLinkDomains.contains(hrefHost)
            else { return nil }
            let destinations = RedirectDestinations.href(of: link).map { RedirectDestinations(of: $0) } ?? RedirectDestinations.none
            if !destinations.finalHosts.isEmpty {
                // The href names where it goes: the text must show that, whoever tracks the click.
                guard let foreign = destinations.finalHosts.first(where: { (OrganizationalDomain.of($0) ?? $0) != shownOrganization })
                else { return nil }
                let cut = destinations.reachedLimit ? " (redirect chain followed \(RedirectDestinations.levelLimit) levels)" : ""
                let toSender = senderOrganizations.contains(OrganizationalDomain.of(foreign) ?? foreign)
                return Violation("link text shows \(shownHost) but the link goes to \(foreign) through \(hrefHost)\(cut)",
                                 evidence: "\(link.text) -> \(link.href)", at: link.position, scoreFactor: toSender ? Self.ownSiteFactor : 1)
            }
            guard !context.domains.clickTrackers.contains(hrefHost) else { return nil }
            let ownOrganization = link.organizationalDomain.flatMap { senderOrganizations.contains($0) ? $0 : nil }
            // The sender's tracking host (click.e.brand.com, links.brand.com) relays to wherever the
            // sender links; its main site showing another domain is still a third of the score.
            if let ownOrganization, hrefHost != ownOrganization, hrefHost != "www." + ownOrganization { return nil }
            return Violation("link text shows \(shownHost) but the link goes to \(hrefHost)",
                             evidence: "\(link.text) -> \(link.href)", at: link.position, scoreFactor: ownOrganization != nil ? Self.ownSiteFactor : 1)
        }
    }
}
