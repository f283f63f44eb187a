/// Flags a message without a List-Unsubscribe header.
struct UnsubscribeHeaderMissingRule: Rule {
    init() {}

    let description = RuleDescription(
        id: "unsubscribe-header-missing", name: "No List-Unsubscribe header", category: .unsubscribe,
        severity: .warning, score: 2.0,
        summary: "A message has no List-Unsubscribe header (RFC 2369).",
        rationale: """
            Since February 2024 Gmail and Yahoo require List-Unsubscribe on bulk mail, and Outlook.com since May \
            2025; without it the mailbox shows no unsubscribe button and recipients report spam instead. \
            Checked on .eml messages only: for templates the ESP adds the header at send time.
            """,
        fix: "Have your ESP add List-Unsubscribe (with an https URI) and List-Unsubscribe-Post.",
        triggeringExamples: [
            RuleExample("↓From: Acme <news@acme.example>\nSubject: Sale\n\nBig sale!\n"),
            // Notice wording with an advertisement is marketing mail.
            RuleExample("From: Acme <orders@acme.example>\nSubject: Your order: 20% off your next purchase\n\nShop now, sale ends Sunday!\n"),
        ],
        nonTriggeringExamples: [
            RuleExample("From: Acme <news@acme.example>\nSubject: Sale\nList-Unsubscribe: <https://acme.example/u/1>\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\n\nBig sale!\n"),
            // Transactional mail is exempt (CAN-SPAM, Gmail): a receipt says so in its subject, or front matter says `purpose: transactional`.
            RuleExample("From: Acme <orders@acme.example>\nSubject: Your receipt for order #10432\n\nThanks for your order. Total: $42.00\n"),
            RuleExample("From: Acme <security@acme.example>\nSubject: Reset your password\n\nClick the link to choose a new password.\n"),
        ]
    )

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        guard document.kind == .message, !document.headers.contains("list-unsubscribe"), !PurposeAssessment.isTransactional(document, in: context)
        else { return [] }
        let position = document.headers.first("from")?.position ?? .start
        return [Violation("no List-Unsubscribe header", evidence: "", at: position)]
    }
}
