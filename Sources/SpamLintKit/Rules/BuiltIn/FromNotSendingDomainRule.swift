/// Flags a From address outside the sending domain the user configured.
struct FromNotSendingDomainRule: Rule {
    init() {}

    let description = RuleDescription(
        id: "from-not-sending-domain", name: "From off the sending domain", category: .authentication,
        severity: .warning, score: 2.0,
        summary: "The From address's organizational domain differs from the configured sending domain.",
        rationale: """
            DMARC (RFC 7489 §3.1) aligns SPF and DKIM with the From domain. A From outside the domain your \
            ESP signs for fails alignment, and Gmail and Yahoo reject or junk unaligned bulk mail (Gmail 5.7.26, \
            Yahoo "DMARC must pass"). Microsoft asks the From to reflect the true sending domain.
            """,
        fix: "Send From an address on your authenticated sending domain (or a subdomain of it), or correct --sending-domain.",
        triggeringExamples: [
            RuleExample("<p>Hello</p>", sendingDomain: "acme.example", from: "news@other-brand.example"),
        ],
        nonTriggeringExamples: [
            RuleExample("<p>Hello</p>", sendingDomain: "acme.example", from: "news@mail.acme.example"),
            RuleExample("<p>Hello</p>", from: "news@other-brand.example"),
        ]
    )

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        guard let expected = document.expectedSendingDomain, let expectedOrganization = OrganizationalDomain.of(expected) else {
            return []
        }
        return document.from.compactMap { mailbox in
            guard mailbox.organizationalDomain != expectedOrganization else { return nil }
            return Violation("From \(mailbox.address) is not on the sending domain \(expected)",
                             evidence: mailbox.address, at: mailbox.position)
        }
    }
}
