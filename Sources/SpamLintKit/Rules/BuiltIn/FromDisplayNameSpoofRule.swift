/// Flags a From display name that shows another address or domain than the real one.
struct FromDisplayNameSpoofRule: Rule {
    init() {}

    let description = RuleDescription(
        id: "from-display-name-spoof", name: "Display name shows another address", category: .headers,
        severity: .warning, score: 3.0,
        summary: "The From display name holds an email address or domain other than the From address's own, or names a well-known brand (Rules/lists/impersonated-brands.txt) from a domain that is not the brand's.",
        rationale: """
            Mail clients show the display name, not the address, so "support@bank.example <x@elsewhere>" is the \
            classic spoof. rspamd scores it FROM_NEQ_DISPLAY_NAME (4.0) and SPOOF_DISPLAY_NAME (8.0); SpamAssassin \
            FROMNAME_SPOOFED_EMAIL. Gmail asks that From names represent the sender accurately. The same holds \
            for a brand name alone ("WeTransfer", "Norton Security", "Harbor Freight Tools" on an unrelated \
            domain): the brands phishing imitates most (Check Point Research and Vade brand-phishing reports) are \
            listed with the domains they send from, and a name spelt with look-alike letters (`WaImart` with a \
            capital I) counts as the brand.
            """,
        fix: "Use a plain brand name as display name, or one whose domain is the From address's own.",
        triggeringExamples: [
            RuleExample("↓From: \"support@bank.example\" <alerts@random-host.example>\nSubject: Hi\n\nBody\n"),
            RuleExample("↓From: \"PayPal.com Security\" <alerts@random-host.example>\nSubject: Hi\n\nBody\n"),
            RuleExample("From: WeTransfer <noreply@files-share.example>\nSubject: You received files\n\nBody\n"),
            RuleExample("From: \"Norton Security\" <billing@renewal-center.example>\nSubject: Your subscription\n\nBody\n"),
            RuleExample("From: \"Harbor Freight Tools\" <rewards@survey-gift.example>\nSubject: Congratulations\n\nBody\n"),
            RuleExample("From: \"WaImart Rewards\" <promo@deals-center.example>\nSubject: Hi\n\nBody\n"),
        ],
        nonTriggeringExamples: [
            RuleExample("From: \"Acme.example Team\" <news@mail.acme.example>\nSubject: Hi\n\nBody\n"),
            RuleExample("From: \"Dr. Jane Smith\" <jane@clinic.example>\nSubject: Hi\n\nBody\n"),
            // The brand on its own domain (a subdomain of it included).
            RuleExample("From: WeTransfer <noreply@wetransfer.com>\nSubject: You received files\n\nBody\n"),
            RuleExample("From: \"Harbor Freight Tools\" <deals@email.harborfreight.com>\nSubject: Sale\n\nBody\n"),
            // A surname that is also a brand only counts at the start of the name.
            RuleExample("From: \"Ed Norton\" <ed@clinic.example>\nSubject: Hi\n\nBody\n"),
        ]
    )

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        document.from.compactMap { mailbox in
            guard let name = mailbox.displayName else { return nil }
            let foreign = DomainMention.domains(mentionedIn: name).first { mentioned in
                (OrganizationalDomain.of(mentioned) ?? mentioned) != mailbox.organizationalDomain
            }
            guard let foreign else { return brandSpoof(mailbox, name: name) }
            return Violation("display name \"\(name)\" shows \(foreign), but the address is \(mailbox.address)",
                             evidence: "\(name) <\(mailbox.address)>", at: mailbox.position)
        }
    }

    /// A display name naming a listed brand, sent from none of the brand's domains.
    private func brandSpoof(_ mailbox: Mailbox, name: String) -> Violation? {
        guard let mention = ImpersonatedBrands.builtIn.mention(in: name),
              !mention.brand.domains.contains(mailbox.organizationalDomain) else { return nil }
        let spelling = mention.isLookalike ? " (spelt with look-alike characters)" : ""
        return Violation("display name \"\(name)\" names \(mention.brand.name)\(spelling), but the address \(mailbox.address) is not on its domains",
                         evidence: "\(name) <\(mailbox.address)>", at: mailbox.position)
    }
}
