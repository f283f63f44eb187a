/// Flags HTML whose text is thin next to its images (image-only covers almost no text).
struct ImageHeavyRule: Rule {
    init() {}

    /// SpamAssassin HTML_IMAGE_RATIO_02: at most 0.002 visible non-space characters per pixel of
    /// image area (600×300 px of images with fewer than 360 characters of text).
    static let lowTextPerPixel = 0.002
    /// SpamAssassin and rspamd HTML_SHORT_LINK_IMG_1/_2/_3: HTML shorter than these sizes with a
    /// linked image, scored 2.0, 1.0 and 0.5 by rspamd (factors 4, 2 and 1 on the 0.5 base).
    static let shortLinkedImageBands: [(bytes: Int, factor: Double)] = [(1024, 4), (1536, 2), (2048, 1)]

    let description = RuleDescription(
        id: "image-heavy", name: "Image-heavy HTML", category: .html, severity: .info, score: 0.5,
        summary: "Little text for the image area (under 0.002 characters per pixel), or a linked image in HTML under 2 KB.",
        rationale: """
            Mostly-image mail hides its words from filters and shows blank boxes when images are blocked. \
            SpamAssassin measures text characters per pixel of image area (HTML_IMAGE_RATIO_02…08, weak on their \
            own) and scores very short HTML with a linked image (HTML_SHORT_LINK_IMG_1/2/3, up to 2.2; rspamd 2.0, \
            1.0, 0.5); Email on Acid found the "60/40" text-to-image rule a soft signal, so the ratio case is \
            information at 0.5 and the short-HTML case scores like rspamd. Fewer than 20 words is image-only's case.
            """,
        fix: "Put the message in HTML text; keep images as illustrations and give them alt text.",
        triggeringExamples: [
            RuleExample("""
                <html><body><img src="↓https://cdn.acme.example/hero.png" width="600" height="800" alt="Sale">
                <p>Big autumn sale this week only: everything must go, so shop the whole collection today and save on jackets, boots and sweaters.</p>
                <img src="https://cdn.acme.example/grid.png" width="600" height="900" alt="Products"></body></html>
                """),
            RuleExample(#"<p>See our newest deals, picked for you this week with prices you will not find anywhere else, really, only today.</p><a href="https://shop.example/x"><img src="↓https://shop.example/deal.png"></a>"#),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                <html><body><img src="https://cdn.acme.example/logo.png" width="120" height="40" alt="Acme">
                <p>Our autumn collection is here: warm jackets, wool sweaters and boots for the season ahead.
                Members get early access this week and free returns on every order, and our stores stay open late
                on Thursdays so you can try everything on after work.</p>
                <img src="https://cdn.acme.example/jacket.png" width="300" height="200" alt="Jacket"></body></html>
                """),
        ]
    )

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        document.htmlBodies.compactMap { body in
            let images = body.images.filter { !$0.isPixel }
            guard let first = images.first, body.wordCount >= ImageOnlyRule.minimumWords else { return nil }
            if let linked = images.first(where: \.isLinked),
               let band = ImageHeavyRule.shortLinkedImageBands.first(where: { body.byteCount < $0.bytes }) {
                return Violation("linked image in HTML of only \(body.byteCount) bytes", evidence: EvidenceText.shortened(linked.src),
                                 at: linked.position, scoreFactor: band.factor)
            }
            // Like SpamAssassin, only images whose width and height are both known have an area.
            let area = images.reduce(0) { total, image in
                guard let width = image.width, let height = image.height else { return total }
                return total + width * height
            }
            guard area > 0 else { return nil }
            let characters = SpacedText.nonSpacerScalarCount(body.visibleText)
            let ratio = Double(characters) / Double(area)
            guard ratio <= ImageHeavyRule.lowTextPerPixel else { return nil }
            return Violation("\(characters) characters of text for \(area) px² of images in \(images.count) image\(images.count == 1 ? "" : "s")",
                             evidence: EvidenceText.shortened(first.src), at: first.position)
        }
    }
}
