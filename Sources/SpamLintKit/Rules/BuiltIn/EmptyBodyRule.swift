/// Flags mail with nothing to read: no visible words, no images and no attachment.
struct EmptyBodyRule: Rule {
    init() {}

    let description = RuleDescription(
        id: "empty-body", name: "Empty body", category: .structure, severity: .warning, score: 2.0,
        summary: "The body has no visible text, no image and no attachment.",
        rationale: """
            SpamAssassin EMPTY_MESSAGE (1.6–2.3) and Microsoft's ASF "empty messages" option (SCL 9) treat a message \
            with nothing in it as spam or as a probe for valid addresses. Template placeholders count as content (a \
            layout whose body is `{{{body}}}` is not empty); tracking pixels do not.
            """,
        fix: "Check that the body is really rendered into the message; an empty send is usually a broken template.",
        triggeringExamples: [
            RuleExample("From: Acme <news@acme.example>\nSubject: Hello\nContent-Type: text/plain\n\n↓\n"),
            RuleExample(#"↓<html><body><table><tr><td>&nbsp;</td></tr></table><img src="https://t.acme.example/o.gif" width="1" height="1"></body></html>"#),
        ],
        nonTriggeringExamples: [
            RuleExample("From: Acme <news@acme.example>\nSubject: Hello\n\nHi there\n"),
            RuleExample(#"<html><body><img src="https://acme.example/sale.png" alt="Sale" width="600"></body></html>"#),
            RuleExample("<html><body><table><tr><td>{{{ body }}}</td></tr></table></body></html>"),
        ]
    )

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        let words = document.htmlBodies.reduce(0) { $0 + $1.wordCount } + document.textBodies.reduce(0) { $0 + $1.wordCount }
        guard words == 0, !document.images.contains(where: { !$0.isPixel }), document.attachments.isEmpty else { return [] }
        let position = document.htmlBodies.first?.position ?? document.textBodies.first?.position ?? .start
        return [Violation("the body has no visible text, image or attachment", evidence: "", at: position)]
    }
}
