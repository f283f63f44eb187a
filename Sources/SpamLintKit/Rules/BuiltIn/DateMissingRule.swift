/// Flags a message without a Date header.
struct DateMissingRule: Rule {
    init() {}

    let description = RuleDescription(
        id: "date-missing", name: "No Date", category: .headers, severity: .warning, score: 1.0,
        summary: "A message has no Date header.",
        rationale: """
            RFC 5322 §3.6 makes the origination date mandatory (min 1, max 1), and Gmail and Yahoo require \
            RFC 5322-compliant bulk mail. SpamAssassin scores MISSING_DATE about 1.4 and rspamd MISSING_DATE 1.0. \
            Templates are not checked: the ESP that sends a rendered template stamps the Date.
            """,
        fix: "Let your mail library or ESP set `Date:` when the message is sent.",
        triggeringExamples: [
            RuleExample("↓From: Acme <news@acme.example>\nSubject: Hello\nMessage-ID: <a1@acme.example>\n\nHi\n"),
        ],
        nonTriggeringExamples: [
            RuleExample("From: Acme <news@acme.example>\nSubject: Hello\nDate: Mon, 2 Jun 2025 10:00:00 +0000\n\nHi\n"),
            RuleExample("---\nsubject: Hello\n---\n<p>Hi, the ESP adds the Date.</p>\n"),
        ]
    )

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        guard document.kind == .message, !document.headers.contains("date") else { return [] }
        return [Violation("message has no Date header", evidence: "Date", at: .start)]
    }
}
