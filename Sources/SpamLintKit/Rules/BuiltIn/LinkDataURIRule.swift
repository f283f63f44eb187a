/// Flags data: URIs used as links or images.
struct LinkDataURIRule: Rule {
    init() {}

    /// An inline data: image is an obfuscation signal and breaks in Gmail and Outlook, but it is
    /// not a page the reader is sent to.
    static let imageFactor = 0.25

    let description = RuleDescription(
        id: "link-data-uri", name: "data: URI", category: .links, severity: .warning, score: 2.0,
        summary: "A link, form or image uses a data: URI (a link to inline content scores full, an inline image a quarter).",
        rationale: """
            A data: link opens content carried inside the message itself (often a base64 HTML login page), which \
            no URL blocklist can check: rspamd scores DATA_URI_OBFU at 2.0 (rules/regexp/misc.lua). Inline data: \
            images are also how image spam hides from URL and image-hash checks, and Gmail and Outlook do not \
            display them, so they score a quarter.
            """,
        fix: "Host the page or image on your domain and link to it with https://.",
        triggeringExamples: [
            RuleExample(#"<p><a href="↓data:text/html;base64,PGgxPkxvZ2luPC9oMT4=">Open your invoice</a></p>"#),
            RuleExample(#"<p><img src="↓data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==" alt="Sale" width="600" height="300"></p>"#),
        ],
        nonTriggeringExamples: [
            RuleExample(#"<p><a href="https://www.acme.example/invoice">Open your invoice</a> <img src="https://cdn.acme.example/sale.png" alt="Sale"></p>"#),
            RuleExample(#"<div style="background-image:url(data:image/svg+xml;base64,PHN2Zy8+)"><p>Icons in CSS are not links.</p></div>"#),
        ]
    )

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        document.bodyLinks.compactMap { link in
            guard link.scheme == "data", link.kind != .css else { return nil }
            let mediaType = link.href.drop(while: { $0 != ":" }).dropFirst().prefix { $0 != ";" && $0 != "," }.lowercased()
            let isImage = link.kind == .image
            return Violation(isImage ? "image is an inline data: URI (\(mediaType.isEmpty ? "unknown type" : mediaType))"
                                     : "link opens an inline data: URI (\(mediaType.isEmpty ? "unknown type" : mediaType)) that no URL check can see",
                             evidence: EvidenceText.shortened(link.href, limit: 60), at: link.position,
                             scoreFactor: isImage ? LinkDataURIRule.imageFactor : 1)
        }
    }
}
