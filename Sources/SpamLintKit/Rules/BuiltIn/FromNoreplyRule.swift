/// Flags a From address whose local part says replies are not read.
struct FromNoreplyRule: Rule {
    init() {}

    let description = RuleDescription(
        id: "from-noreply", name: "no-reply sender", category: .headers, severity: .info, score: 0.3,
        summary: "The From address is a no-reply address (noreply@, no-reply@, donotreply@ …).",
        rationale: """
            Replies are an engagement signal and a way for people to reach you instead of pressing "Report spam". \
            M3AAWG's Sender Best Common Practices and Microsoft's sender guidance say the From address should accept \
            replies; Gmail counts replies as positive engagement and Yahoo's sender best practices say replies should \
            reach a human. No filter rule scores it on its own, so it is informational.
            """,
        fix: "Send from an address a person or ticket system reads (hello@, support@), or at least set a monitored Reply-To.",
        triggeringExamples: [
            RuleExample("<p>Your receipt</p>", from: "Acme <noreply@acme.example>"),
            RuleExample("↓From: Acme <do-not-reply@mail.acme.example>\nSubject: Receipt\n\nThanks\n"),
        ],
        nonTriggeringExamples: [
            RuleExample("<p>Your receipt</p>", from: "Acme <support@acme.example>"),
            RuleExample("From: Nora <nora.plyer@acme.example>\nSubject: Hi\n\nHi\n"),
        ]
    )

    /// Local parts with separators removed; a suffix (`noreply+bounce`, `noreply2`) still counts.
    static let markers = ["noreply", "donotreply", "dontreply", "nereply", "nepasrepondre", "noresponder", "nichtantworten",
                          "keineantwort", "nonrispondere", "naoresponda", "nietantwoorden"]

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        document.from.compactMap { mailbox in
            let normalized = String(mailbox.localPart.lowercased().filter { $0 != "-" && $0 != "_" && $0 != "." })
            guard Self.markers.contains(where: { normalized.hasPrefix($0) }) else { return nil }
            return Violation("From \(mailbox.address) tells recipients their replies are not read", evidence: mailbox.address,
                             at: mailbox.position)
        }
    }
}
