/// Flags a List-Unsubscribe that does not offer RFC 8058 one-click unsubscription.
struct OneClickUnsubscribeMissingRule: Rule {
    init() {}

    let description = RuleDescription(
        id: "one-click-unsubscribe-missing", name: "No one-click unsubscribe", category: .unsubscribe,
        severity: .warning, score: 1.5,
        summary: "List-Unsubscribe lacks an https URI, or List-Unsubscribe-Post: List-Unsubscribe=One-Click is missing (RFC 8058).",
        rationale: """
            RFC 8058 one-click unsubscription needs both an https URI in List-Unsubscribe and the \
            List-Unsubscribe-Post header; Gmail and Yahoo require it of bulk senders (a mailto-only header does not \
            qualify for Gmail).
            """,
        fix: "Add an https unsubscribe URI that accepts POST, and List-Unsubscribe-Post: List-Unsubscribe=One-Click.",
        triggeringExamples: [
            RuleExample("From: Acme <news@acme.example>\nSubject: Sale\n↓List-Unsubscribe: <mailto:unsub@acme.example>\n\nBig sale!\n"),
            RuleExample("From: Acme <news@acme.example>\nSubject: Sale\n↓List-Unsubscribe: <https://acme.example/u/1>\n\nBig sale!\n"),
        ],
        nonTriggeringExamples: [
            RuleExample("From: Acme <news@acme.example>\nSubject: Sale\nList-Unsubscribe: <https://acme.example/u/1>, <mailto:u@acme.example>\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\n\nBig sale!\n"),
            RuleExample("From: Acme <orders@acme.example>\nSubject: Your order has shipped\nList-Unsubscribe: <mailto:u@acme.example>\nPrecedence: first-class\n\nTracking number 1Z999.\n"),
        ]
    )

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        guard document.kind == .message, let header = document.headers.first("list-unsubscribe") else { return [] }
        var missing: [String] = []
        if !document.headerLinks.contains(where: { $0.scheme == "https" }) { missing.append("an https URI") }
        let post = document.headers.all("list-unsubscribe-post").map { $0.value.filter { !$0.isWhitespace }.lowercased() }
        if !post.contains("list-unsubscribe=one-click") { missing.append("List-Unsubscribe-Post: List-Unsubscribe=One-Click") }
        guard !missing.isEmpty, !PurposeAssessment.isTransactional(document, in: context) else { return [] }
        return [Violation("one-click unsubscribe (RFC 8058) needs \(missing.joined(separator: " and "))",
                          evidence: header.value, at: header.position)]
    }
}
