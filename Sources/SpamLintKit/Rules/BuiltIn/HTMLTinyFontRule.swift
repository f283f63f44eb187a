/// Flags visible text set in an unreadably small font.
struct HTMLTinyFontRule: Rule {
    init() {}

    /// `<font size="1">` renders at 10px: readable small print, but a filler pattern of spam.
    static let fontElementFactor = 0.5

    let description = RuleDescription(
        id: "html-tiny-font", name: "Tiny font", category: .html, severity: .warning, score: 1.0,
        summary: "Visible text uses a font size between 1 and 6 px (<font size=\"1\"> scores 0.5); text at 1px or less is hidden-text's.",
        rationale: """
            Text too small to read is a way to pad a message with words for filters (rspamd ZERO_FONT, \
            SpamAssassin's HTML font-size tracking in HTML.pm) while the reader sees none of it, and Gmail asks \
            senders not to hide content with HTML and CSS. Text at 0-1px counts as hidden (hidden-text); this \
            rule covers the visible-but-unreadable range from 1 to 6px. In the SpamAssassin public corpus \
            <font size="1"> text is eight times as common in spam as in ham (24% vs 3% of messages), so it scores 0.5. \
            Scored once per message.
            """,
        fix: "Set body text at 12px or more (legal small print at 10-11px); remove filler text.",
        triggeringExamples: [
            RuleExample(#"<body>↓<p>Your weekly deals are here.</p><p style="font-size:3px">replica watches cheap pills best prices</p></body>"#),
            RuleExample(#"<body><p>Offer inside.</p>↓<font size="1">lorem ipsum filler words for the filters</font></body>"#),
        ],
        nonTriggeringExamples: [
            RuleExample(#"<body><p>Your weekly deals are here.</p><p style="font-size:11px">Acme Ltd, 1 Main St, Springfield</p></body>"#),
            RuleExample(#"<body><div style="font-size:1px;color:#fff;display:none">Preview text</div><p>Hello</p></body>"#),
            RuleExample(#"<body><table style="font-size:2px"><tr><td style="font-size:14px">Reset table, readable cell.</td></tr></table></body>"#),
        ]
    )

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        document.htmlBodies.flatMap(\.tinyTexts).map { tiny in
            let size = tiny.isFontElement ? "\(tiny.declaration) (10px)" : tiny.declaration
            return Violation("visible text in a tiny font, \(size): \"\(EvidenceText.shortened(tiny.text, limit: 60))\"",
                             evidence: EvidenceText.shortened(tiny.text, limit: 80), at: tiny.position,
                             scoreFactor: tiny.isFontElement ? HTMLTinyFontRule.fontElementFactor : 1)
        }
    }
}
