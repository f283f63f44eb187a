/// Flags link text that shows one web address while the href goes to another.
struct LinkTextURLMismatchRule: Rule {
    init() {}

    let description = RuleDescription(
        id: "link-text-url-mismatch", name: "Link text shows another URL", category: .links,
        severity: .error, score: 3.0,
        summary: "The visible text of a link is a URL or domain on another organizational domain than its href.",
        rationale: """
            Showing one address and linking to another is the core phishing trick. rspamd's PHISHING symbol (4.0) \
            and SpamAssassin's SPOOFED_URL family score it; Gmail asks that links be visible and easy to understand. \
            Known ESP click-tracking hrefs are exempt, and a href on the sender's own domain scores a third.
            """,
        fix: "Make the link text match the destination, or use words (\"View your order\") instead of a URL.",
        triggeringExamples: [
            RuleExample(#"<p><a href="↓http://login-verify.example/acct">https://www.mybank.example/login</a></p>"#),
            RuleExample(#"<p><a href="↓https://evil.example/">www.paypal.com</a></p>"#),
            RuleExample(#"<p><a href="↓http://203.0.113.45/login">https://secure.bank.example/login</a></p>"#),
        ],
        nonTriggeringExamples: [
            RuleExample(#"<p><a href="https://www.acme.example/sale?utm_source=x">www.acme.example/sale</a></p>"#),
            RuleExample(#"<p><a href="https://acme.us1.list-manage.com/track/click?u=1">www.acme.example</a></p>"#),
            RuleExample(#"<p><a href="{{ sale_url }}">www.acme.example</a></p>"#),
        ]
    )

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        let senderOrganization = document.from.first?.organizationalDomain
        return document.htmlBodies.flatMap(\.links).compactMap { link in
            guard link.kind == .anchor || link.kind == .area, !link.isDynamic,
                  let hrefHost = link.host,
                  let shownHost = DomainMention.host(shownBy: link.text),
                  let shownOrganization = OrganizationalDomain.of(shownHost),
                  // An IP-address href has no organizational domain; it never matches a shown domain.
                  shownOrganization != (link.organizationalDomain ?? hrefHost),
                  !context.domains.clickTrackers.contains(hrefHost), !context.domains.allowedLinkDomains.contains(hrefHost)
            else { return nil }
            let ownDomain = link.organizationalDomain != nil && link.organizationalDomain == senderOrganization
            return Violation("link text shows \(shownHost) but the link goes to \(hrefHost)",
                             evidence: "\(link.text) -> \(link.href)", at: link.position, scoreFactor: ownDomain ? 1.0 / 3 : 1)
        }
    }
}
