/// Flags a message without a usable Message-ID.
struct MessageIDMissingRule: Rule {
    init() {}

    let description = RuleDescription(
        id: "message-id-missing", name: "No Message-ID", category: .headers, severity: .warning, score: 1.5,
        summary: "A message has no Message-ID, or one without the `<left@right>` form (both sides non-empty).",
        rationale: """
            Gmail's sender guidelines require "a valid Message-ID" and RFC 5322 §3.6.4 says every message SHOULD have \
            one of the form <id-left@id-right>. rspamd scores MISSING_MID 2.5 and INVALID_MSGID 1.7; SpamAssassin \
            MISSING_MID. Templates are not checked: the ESP or MTA that sends a rendered template adds the Message-ID.
            """,
        fix: "Let your mail library or ESP generate `Message-ID: <unique@your-domain>`; do not strip it.",
        triggeringExamples: [
            RuleExample("↓From: Acme <news@acme.example>\nSubject: Hello\nDate: Mon, 2 Jun 2025 10:00:00 +0000\n\nHi\n"),
            RuleExample("From: Acme <news@acme.example>\nSubject: Hello\n↓Message-ID: 12345\n\nHi\n"),
            // Brackets and an @ but nothing on either side: no unique id at all.
            RuleExample("From: Acme <news@acme.example>\nSubject: Hello\nMessage-ID: <@>\n\nHi\n"),
            RuleExample("From: Acme <news@acme.example>\nSubject: Hello\nMessage-ID: <20250602100000@>\n\nHi\n"),
        ],
        nonTriggeringExamples: [
            RuleExample("From: Acme <news@acme.example>\nSubject: Hello\nMessage-ID: <a1b2c3@mail.acme.example>\n\nHi\n"),
            RuleExample("---\nsubject: Hello\n---\n<p>Hi, the ESP adds the Message-ID.</p>\n"),
        ]
    )

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        guard document.kind == .message else { return [] }
        guard let header = document.headers.first("message-id") else {
            return [Violation("message has no Message-ID header", evidence: "Message-ID", at: .start)]
        }
        guard Self.isWellFormed(header.value) else {
            return [Violation("Message-ID is not of the form <left@right>", evidence: header.value, at: header.position)]
        }
        return []
    }

    /// `<left@right>` with something on both sides of the last `@` (RFC 5322 §3.6.4 id-left and id-right
    /// are never empty), so `<@>` or `<id@>` is no Message-ID.
    static func isWellFormed(_ value: String) -> Bool {
        let value = value.trimmingWhitespace()
        guard value.hasPrefix("<"), value.hasSuffix(">"), value.count > 2 else { return false }
        let inner = value.dropFirst().dropLast()
        guard let at = inner.lastIndex(of: "@") else { return false }
        let left = inner[..<at].trimmingWhitespace()
        let right = inner[inner.index(after: at)...].trimmingWhitespace()
        return !left.isEmpty && !right.isEmpty
    }
}
