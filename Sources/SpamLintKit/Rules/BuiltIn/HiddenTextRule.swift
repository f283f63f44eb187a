/// Flags text hidden from the reader with inline CSS.
struct HiddenTextRule: Rule {
    init() {}

    let description = RuleDescription(
        id: "hidden-text", name: "Hidden text", category: .html, severity: .warning, score: 2.0,
        summary: "Text is hidden by inline CSS (display:none, visibility:hidden, font-size 0–1px, colour equal to background); one short preheader is allowed.",
        rationale: """
            Gmail's sender guidelines say not to hide content with HTML and CSS; hidden text is how spam stuffs \
            keywords past filters. rspamd R_WHITE_ON_WHITE (4.0), ZERO_FONT, MANY_INVISIBLE_PARTS; SpamAssassin \
            HTML_FONT_LOW_CONTRAST. The hidden preview-text (preheader) idiom is tolerated once.
            """,
        fix: "Remove hidden text; keep a single short hidden preheader at the top of the body if you need preview text.",
        triggeringExamples: [
            RuleExample("""
                <body><p>Welcome to our newsletter, with news from the shop and this week's offers.</p>
                <div style="display:none">cheap pills casino free money winner cheap pills casino free money</div></body>
                """),
            RuleExample("""
                <body><p style="background-color:#ffffff">Hello and welcome to our weekly newsletter. This week we look at
                the new season, share three recipes from our kitchen and announce the winners of the photo contest.
                <span style="color:#fff">replica watches cheap pills</span></p></body>
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                <body><div style="display:none;max-height:0;overflow:hidden">Your October statement is ready</div>
                <p>Hello, your statement for October is ready to view in your account.</p></body>
                """),
            RuleExample(#"<body><table style="font-size:0"><tr><td style="font-size:14px">Visible text in a reset cell.</td></tr></table></body>"#),
        ]
    )

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        document.htmlBodies.flatMap(\.hiddenTexts).compactMap { hidden in
            guard !hidden.isLikelyPreheader else { return nil }
            let excerpt = hidden.text.count > 80 ? String(hidden.text.prefix(77)) + "..." : hidden.text
            return Violation("text hidden by \(hidden.reason.rawValue): \"\(excerpt)\"", evidence: excerpt, at: hidden.position)
        }
    }
}
