/// Flags an HTML message without a text/plain alternative.
struct MissingTextPartRule: Rule {
    init() {}

    let description = RuleDescription(
        id: "missing-text-part", name: "No text/plain part", category: .structure, severity: .warning, score: 1.0,
        summary: "A message has an HTML body but no text/plain alternative.",
        rationale: """
            Filters ask whether the sender made a plain-text alternative (Mailchimp's spam-filter guide); \
            SpamAssassin MIME_HTML_ONLY, rspamd MIME_HTML_ONLY and MIME_MA_MISSING_TEXT (2.0). Some clients and \
            screen readers need it.
            """,
        fix: "Send multipart/alternative with a text/plain part that says what the HTML says.",
        triggeringExamples: [
            RuleExample("From: Acme <news@acme.example>\nSubject: Sale\nMIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n↓<p>Big sale!</p>\n"),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                From: Acme <news@acme.example>
                Subject: Sale
                MIME-Version: 1.0
                Content-Type: multipart/alternative; boundary="b1"

                --b1
                Content-Type: text/plain; charset=utf-8

                Big sale!
                --b1
                Content-Type: text/html; charset=utf-8

                <p>Big sale!</p>
                --b1--
                """),
        ]
    )

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        guard document.kind == .message, let html = document.htmlBodies.first, document.textBodies.isEmpty else { return [] }
        return [Violation("HTML body without a text/plain alternative", evidence: "text/html", at: html.position)]
    }
}
