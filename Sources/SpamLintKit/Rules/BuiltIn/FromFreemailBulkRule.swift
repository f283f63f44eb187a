/// Flags bulk mail whose From address is on a free webmail domain.
struct FromFreemailBulkRule: Rule {
    init() {}

    let description = RuleDescription(
        id: "from-freemail-bulk", name: "Bulk mail From a freemail domain", category: .authentication, severity: .error,
        score: 3.0,
        summary: "A template, or a message with unsubscribe signs, is From a free webmail domain (gmail.com, yahoo.com, …).",
        rationale: """
            Only the mailbox provider can sign for gmail.com, yahoo.com or aol.com, and those domains publish DMARC \
            p=reject or p=quarantine: mail from them sent through an ESP fails DMARC and is rejected or junked (Gmail \
            and Yahoo bulk-sender requirements since February 2024; Gmail's guidelines say not to impersonate Gmail \
            From headers). SpamAssassin's FREEMAIL_FROM list is the source of the domain list. A message is checked \
            only when it looks like bulk mail (List-Unsubscribe, Precedence: bulk or an unsubscribe link) and is not a \
            member's post to a discussion list, since person-to-person mail from a webmail account is normal; a template is always bulk or automated mail.
            """,
        fix: "Send from an address on a domain you own and authenticate (SPF, DKIM, DMARC), e.g. news@yourbrand.com.",
        triggeringExamples: [
            RuleExample("<p>Our spring sale starts today.</p>", from: "Acme Shop <acmeshop@gmail.com>"),
            RuleExample("↓From: Acme <acme.deals@yahoo.com>\nSubject: Sale\nList-Unsubscribe: <https://acme.example/u>\n\nBig sale\n"),
        ],
        nonTriggeringExamples: [
            RuleExample("<p>Our spring sale starts today.</p>", from: "Acme <news@acme.example>"),
            RuleExample("From: Ann <ann@gmail.com>\nTo: bob@example.com\nSubject: Lunch?\n\nAre you free on Friday?\n"),
            RuleExample("From: Ann <ann@gmail.com>\nSubject: build fails\nList-Post: <mailto:users@lists.example.org>\nList-Unsubscribe: <mailto:users-leave@lists.example.org>\n\nHelp?\n"),
        ]
    )

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        // Whether it looks bulk matters only for a free-webmail sender, and is the dearer question.
        guard document.from.contains(where: { context.domains.freemail.contains($0.domain) }) else { return [] }
        if document.kind == .message, !Self.looksBulk(document, in: context) { return [] }
        return document.from.compactMap { mailbox in
            guard context.domains.freemail.contains(mailbox.domain) else { return nil }
            return Violation("From \(mailbox.address) is on the free webmail domain \(mailbox.domain); bulk mail from it fails DMARC",
                             evidence: mailbox.address, at: mailbox.position)
        }
    }

    static func looksBulk(_ document: EmailDocument, in context: RuleContext) -> Bool {
        // A member's post to a discussion list is person-to-person mail the list relays.
        if MailingListSignals.isDiscussionList(document) { return false }
        if document.headers.contains("list-unsubscribe") { return true }
        let precedence = document.headers.first("precedence")?.value.trimmingWhitespace().lowercased()
        if precedence == "bulk" { return true }
        return UnsubscribeSignals.bodyOffersUnsubscribe(document, in: context)
    }
}
