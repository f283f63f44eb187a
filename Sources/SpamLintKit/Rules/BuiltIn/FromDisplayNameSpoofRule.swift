/// Flags a From display name that shows another address or domain than the real one.
struct FromDisplayNameSpoofRule: Rule {
    init() {}

    let description = RuleDescription(
        id: "from-display-name-spoof", name: "Display name shows another address", category: .headers,
        severity: .warning, score: 3.0,
        summary: "The From display name holds an email address or domain other than the From address's own.",
        rationale: """
            Mail clients show the display name, not the address, so "support@bank.example <x@elsewhere>" is the \
            classic spoof. rspamd scores it FROM_NEQ_DISPLAY_NAME (4.0) and SPOOF_DISPLAY_NAME (8.0); SpamAssassin \
            FROMNAME_SPOOFED_EMAIL. Gmail asks that From names represent the sender accurately.
            """,
        fix: "Use a plain brand name as display name, or one whose domain is the From address's own.",
        triggeringExamples: [
            RuleExample("↓From: \"support@bank.example\" <alerts@random-host.example>\nSubject: Hi\n\nBody\n"),
            RuleExample("↓From: \"PayPal.com Security\" <alerts@random-host.example>\nSubject: Hi\n\nBody\n"),
        ],
        nonTriggeringExamples: [
            RuleExample("From: \"Acme.example Team\" <news@mail.acme.example>\nSubject: Hi\n\nBody\n"),
            RuleExample("From: \"Dr. Jane Smith\" <jane@clinic.example>\nSubject: Hi\n\nBody\n"),
        ]
    )

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        document.from.compactMap { mailbox in
            guard let name = mailbox.displayName else { return nil }
            let foreign = DomainMention.domains(mentionedIn: name).first { mentioned in
                (OrganizationalDomain.of(mentioned) ?? mentioned) != mailbox.organizationalDomain
            }
            guard let foreign else { return nil }
            return Violation("display name \"\(name)\" shows \(foreign), but the address is \(mailbox.address)",
                             evidence: "\(name) <\(mailbox.address)>", at: mailbox.position)
        }
    }
}
