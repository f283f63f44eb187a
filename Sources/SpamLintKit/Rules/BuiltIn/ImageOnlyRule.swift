/// Flags HTML bodies made of images with (almost) no text.
struct ImageOnlyRule: Rule {
    init() {}

    /// Fewer visible words than this counts as "almost no text".
    static let minimumWords = 20

    let description = RuleDescription(
        id: "image-only", name: "Image-only body", category: .html, severity: .warning, score: 2.5,
        summary: "The HTML shows images but (almost) no text: fewer than 20 visible words.",
        rationale: """
            Image-only mail is how spammers hide text from content filters, and most clients block images by \
            default, so recipients see an empty message. SpamAssassin HTML_IMAGE_ONLY_04…32, rspamd \
            R_SUSPICIOUS_IMAGES.
            """,
        fix: "Put the message in HTML text and keep images as illustrations with alt text.",
        triggeringExamples: [
            RuleExample(#"<html><body><a href="https://acme.example/sale"><img src="↓https://acme.example/sale.png" width="600" height="900"></a></body></html>"#),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                <html><body><img src="https://acme.example/logo.png" alt="Acme" width="120">
                <p>Our autumn collection is here: warm jackets, wool sweaters and boots for the season ahead.
                Members get early access this week and free returns on every order.</p></body></html>
                """),
        ]
    )

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        document.htmlBodies.compactMap { body in
            let images = body.images.filter { !$0.isPixel }
            guard let first = images.first, body.wordCount < ImageOnlyRule.minimumWords else { return nil }
            return Violation("\(images.count) image\(images.count == 1 ? "" : "s") and only \(body.wordCount) visible word\(body.wordCount == 1 ? "" : "s")",
                             evidence: first.src, at: first.position)
        }
    }
}
