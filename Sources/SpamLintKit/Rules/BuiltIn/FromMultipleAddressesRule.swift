/// Flags a From field that names more than one mailbox.
struct FromMultipleAddressesRule: Rule {
    init() {}

    let description = RuleDescription(
        id: "from-multiple-addresses", name: "Several From addresses", category: .headers, severity: .error, score: 3.0,
        summary: "The From field lists more than one mailbox.",
        rationale: """
            RFC 5322 §3.6.2 allows several From mailboxes only with a Sender field, and DMARC (RFC 7489 §6.6.1) cannot \
            pick an author domain from them: receivers reject or treat such mail as failing. rspamd scores \
            MULTIPLE_FROM 9.0; Gmail requires RFC 5322-compliant messages of bulk senders.
            """,
        fix: "Put exactly one address in From; name other people in the body or in Reply-To.",
        triggeringExamples: [
            RuleExample("↓From: Acme <news@acme.example>, Billing <billing@acme.example>\nTo: you@example.com\nSubject: Hello\n\nHi\n"),
            RuleExample("---\n↓from: news@acme.example, promo@acme.example\nsubject: Hello\n---\n<p>Hi</p>\n"),
        ],
        nonTriggeringExamples: [
            RuleExample("From: Acme <news@acme.example>\nTo: a@example.com, b@example.com\nSubject: Hello\n\nHi\n"),
            RuleExample("From: \"Acme, Inc.\" <news@acme.example>\nSubject: Hello\n\nHi\n"),
        ]
    )

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        document.headers.all("from").compactMap { header in
            let mailboxes = MailboxFactory.mailboxes(in: header.rawValue, at: header.position)
            guard mailboxes.count > 1 else { return nil }
            return Violation("From lists \(mailboxes.count) mailboxes: \(mailboxes.map(\.address).joined(separator: ", "))",
                             evidence: header.value, at: header.position)
        }
    }
}
