/// Flags images linked through a public URL shortener.
struct LinkShortenerLinkedImageRule: Rule {
    init() {}

    /// HTML this short with a linked image is SpamAssassin's HTML_SHORT_LINK_IMG case.
    static let shortHTMLBytes = 2048
    static let shortHTMLFactor = 1.25

    let description = RuleDescription(
        id: "link-shortener-linked-image", name: "Image linked through a shortener", category: .links,
        severity: .warning, score: 2.0,
        summary: "An image is wrapped in a link to a public URL shortener (adds to link-shortener; more in HTML under 2 KB).",
        rationale: """
            A clickable image whose destination is hidden behind a shortener shows filters neither text nor a \
            checkable URL: the image-spam pattern. SpamAssassin scores SHORTENER_SHORT_IMG (2.5, shortener plus \
            short HTML with a linked image) and tests IMG_VIA_BITLY; rspamd and SpamAssassin score \
            HTML_SHORT_LINK_IMG_1 (2.0-2.2). This adds to link-shortener's score; in HTML under 2 KB it scores 2.5.
            """,
        fix: "Link the image to the full URL on your own domain, and give it alt text.",
        triggeringExamples: [
            RuleExample(#"<p><a href="↓https://bit.ly/3xYz"><img src="https://cdn.acme.example/sale.png" alt="Sale" width="600" height="300"></a></p>"#),
        ],
        nonTriggeringExamples: [
            RuleExample(#"<p><a href="https://www.acme.example/sale"><img src="https://cdn.acme.example/sale.png" alt="Sale"></a></p>"#),
            RuleExample(#"<p><a href="https://bit.ly/3xYz">Read the article</a></p><p><img src="https://cdn.acme.example/logo.png" alt="Acme"></p>"#),
        ]
    )

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        document.htmlBodies.flatMap { body in
            body.links.compactMap { link -> Violation? in
                guard link.kind == .anchor, link.wrapsImage, !link.isDynamic, let host = link.host, context.domains.isShortener(host) else { return nil }
                let short = body.byteCount < LinkShortenerLinkedImageRule.shortHTMLBytes
                return Violation("linked image goes through URL shortener \(host)\(short ? " in a very short HTML body" : "")",
                                 evidence: EvidenceText.shortened(link.href), at: link.position,
                                 scoreFactor: short ? LinkShortenerLinkedImageRule.shortHTMLFactor : 1)
            }
        }
    }
}
