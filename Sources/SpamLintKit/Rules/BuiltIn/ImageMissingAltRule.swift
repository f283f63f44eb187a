/// Flags content images without an alt attribute.
struct ImageMissingAltRule: Rule {
    init() {}

    /// File names that mark layout spacers, which need no description.
    static let spacerNames = ["spacer", "blank.", "transparent.", "pixel.", "clear.gif", "shim.", "1x1.", "s.gif"]

    let description = RuleDescription(
        id: "image-missing-alt", name: "Image without alt", category: .html, severity: .info, score: 0.2,
        summary: "An <img> has no alt attribute (tracking pixels of 0–2 px or display:none, and spacers, exempt; alt=\"\" is fine). Scored once per message.",
        rationale: """
            Most clients block images until the reader allows them and show the alt text instead; without alt the \
            message is blank boxes, and screen readers read out the file name. Litmus and Email on Acid \
            accessibility guides ask for alt on every content image; no filter scores it much, so this is a \
            small, once-per-message score. alt="" is the correct markup for decorative images, and 1×1 tracking \
            pixels and spacer GIFs are exempt.
            """,
        fix: "Add alt text that says what the image shows (alt=\"\" for purely decorative images).",
        triggeringExamples: [
            RuleExample(#"<p><img src="↓https://cdn.acme.example/autumn-sale.png" width="600" height="300"></p>"#),
            RuleExample(#"<p><img src="https://cdn.acme.example/badge.png" width="3" style="display:block"></p>"#),
        ],
        nonTriggeringExamples: [
            RuleExample(#"<p><img src="https://cdn.acme.example/autumn-sale.png" alt="Autumn sale: 20% off jackets"></p>"#),
            RuleExample(#"<p><img src="https://cdn.acme.example/divider.png" alt=""><img src="https://t.acme.example/open.gif" width="1" height="1"><img src="https://cdn.acme.example/spacer.gif" width="20"></p>"#),
            // Open-tracking pixels as ESPs write them: 2×2, 0×0 in CSS, or hidden with display:none.
            RuleExample(#"<p><img src="https://t.acme.example/o/abc" width="2" height="2"><img src="https://t.acme.example/o/def" style="width:0px;height:0px"><img src="https://t.acme.example/o/ghi" style="display: none !important"></p>"#),
        ]
    )

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        document.images.compactMap { image in
            guard image.alt == nil, !image.isPixel, !image.isHidden, !image.src.isEmpty else { return nil }
            let file = image.src.lowercased().split(separator: "?").first.map { $0.split(separator: "/").last.map(String.init) ?? "" } ?? ""
            guard !ImageMissingAltRule.spacerNames.contains(where: { TextSearch.contains(file, $0) }) else { return nil }
            return Violation("image has no alt attribute: readers with images off see nothing", evidence: EvidenceText.shortened(image.src),
                             at: image.position)
        }
    }
}
