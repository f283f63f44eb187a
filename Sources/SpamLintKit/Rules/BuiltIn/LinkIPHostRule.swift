/// Flags links whose host is a numeric IP address.
struct LinkIPHostRule: Rule {
    init() {}

    let description = RuleDescription(
        id: "link-ip-host", name: "Link to an IP address", category: .links, severity: .error, score: 2.0,
        summary: "A link or image URL uses a numeric IP address instead of a domain name.",
        rationale: """
            Legitimate senders link to their domains; IP-address URLs dodge domain reputation and blocklists. \
            rspamd URL_NUMERIC_IP (1.5) and HTTP_TO_IP, SpamAssassin NUMERIC_HTTP_ADDR, and Microsoft's ASF \
            "Numeric IP in URL" option all flag it.
            """,
        fix: "Serve the page from a domain name you own.",
        triggeringExamples: [
            RuleExample(#"<p><a href="↓http://198.51.100.23/sale">sale</a></p>"#),
            RuleExample(#"<p><a href="↓https://[2001:db8::1]/x">sale</a></p>"#),
        ],
        nonTriggeringExamples: [
            RuleExample(#"<p><a href="https://www.acme.example/sale">sale</a></p>"#),
        ]
    )

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        document.bodyLinks.compactMap { link in
            guard let host = link.host, IPAddressLiteral.isLiteral(host) else { return nil }
            return Violation("link goes to the IP address \(host)", evidence: link.href, at: link.position)
        }
    }
}
