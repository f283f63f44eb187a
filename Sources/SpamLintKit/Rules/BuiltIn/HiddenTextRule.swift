/// Flags text hidden from the reader with inline CSS.
struct HiddenTextRule: Rule {
    init() {}

    let description = RuleDescription(
        id: "hidden-text", name: "Hidden text", category: .html, severity: .warning, score: 2.0,
        summary: "Text is hidden by inline CSS or a <style> rule that always applies (display:none, visibility:hidden, font-size 0–1px, opacity 0, a collapsed box, colour equal to background); one preheader is allowed, and a block a @media or :hover rule shows again is responsive, not hidden.",
        rationale: """
            Gmail's sender guidelines say not to hide content with HTML and CSS; hidden text is how spam stuffs \
            keywords past filters. rspamd R_WHITE_ON_WHITE (4.0), ZERO_FONT, MANY_INVISIBLE_PARTS; SpamAssassin \
            HTML_FONT_LOW_CONTRAST. The hidden preview-text (preheader) idiom is tolerated once: the first hidden \
            text before the content, up to about 250 characters plus spacer padding. Mobile-only and desktop-only \
            blocks are normal responsive mail: a block that a <style> rule (in @media or not) shows again is not \
            hidden, nor is a block that only a @media rule hides. Blocks holding no letter or digit (spacer runs) are \
            not text.
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
            RuleExample("""
                <html><head><style>.x { display: none }</style></head>
                <body><p>Welcome to our newsletter, with news from the shop and this week's offers.</p>
                <div class="x">cheap pills casino free money winner</div></body></html>
                """),
            RuleExample("""
                <body><p>Welcome to our newsletter, with news from the shop and this week's offers.</p>
                <table bgcolor="seashell"><tr><td><font color="#fff5ee">cheap pills casino free money winner</font></td></tr></table></body>
                """),
            RuleExample("""
                <mjml><mj-head><mj-attributes><mj-class name="quiet" color="#ffffff" /></mj-attributes></mj-head>
                <mj-body><mj-section background-color="#ffffff"><mj-column>
                <mj-text>Welcome to our newsletter, with news from the shop and this week's offers.</mj-text>
                <mj-text mj-class="quiet">cheap pills casino free money winner</mj-text>
                </mj-column></mj-section></mj-body></mjml>
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                <body><div style="display:none;max-height:0;overflow:hidden">Your October statement is ready</div>
                <p>Hello, your statement for October is ready to view in your account.</p></body>
                """),
            RuleExample(#"<body><table style="font-size:0"><tr><td style="font-size:14px">Visible text in a reset cell.</td></tr></table></body>"#),
            RuleExample("""
                <mjml><mj-head><mj-preview>Your October statement is ready</mj-preview></mj-head>
                <mj-body><mj-section background-color="#222222"><mj-column>
                <mj-text color="#ffffff">Hello, your statement for October is ready to view in your account.</mj-text>
                </mj-column></mj-section></mj-body></mjml>
                """),
            RuleExample("""
                <html><head><style>@media only screen and (max-width:600px) {
                  .mobile-only { display: block !important; max-height: none !important; overflow: visible !important }
                  .desktop-only { display: none !important } }</style></head>
                <body><p>Hello, here is this week's news from the shop and the kitchen.</p>
                <div class="mobile-only" style="display:none;max-height:0;overflow:hidden;mso-hide:all">Tap to open the app</div>
                <div class="desktop-only">Open the web shop</div></body></html>
                """),
            RuleExample("""
                <body><div style="display:none;font-size:1px;color:#ffffff;max-height:0px;opacity:0;overflow:hidden;">Our seniors \
                should never have to choose between groceries and medicine. Here is what we are doing about it, and how you can \
                help this month. - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -</div>
                <p>Friends, here is our update.</p>
                <div style="display:none;white-space:nowrap;font:15px courier;color:#ffffff;">- - - - - - - - - - - - - -</div></body>
                """),
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
