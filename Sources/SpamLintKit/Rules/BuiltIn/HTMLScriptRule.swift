/// Flags active or embedded content in the HTML body.
struct HTMLScriptRule: Rule {
    init() {}

    static let flagged: Set<String> = ["script", "iframe", "frame", "frameset", "object", "embed", "applet", "form"]

    let description = RuleDescription(
        id: "html-script", name: "Script, frame, object or form", category: .html, severity: .error, score: 3.0,
        summary: "The body contains <script>, <iframe>/<frame>, <object>/<embed>/<applet> or <form> (a script data block such as application/ld+json is not a script).",
        rationale: """
            Mail clients strip scripts, frames and plug-ins, and forms do not work in most of them (caniemail \
            html-form, html-object), so their only effect is on filters: Microsoft's ASF treats JavaScript, frames, \
            objects and forms as high-confidence spam (SCL 9); SpamAssassin HTML_IFRAME_SRC, HTML_EMBEDS.
            """,
        fix: "Remove the element; link to a web page for interactive content.",
        triggeringExamples: [
            RuleExample(#"<body><p>Hello</p>↓<script src="https://cdn.example/x.js"></script></body>"#),
            RuleExample(#"<body>↓<form action="https://acme.example/login"><input name="password"></form></body>"#),
            RuleExample(#"<body><script type="text/javascript">document.location = "https://x.example/"</script><p>Hi</p></body>"#),
        ],
        nonTriggeringExamples: [
            RuleExample(#"<body><p>Hello, <a href="https://acme.example/login">sign in</a> to see your order.</p></body>"#),
            // Gmail markup (schema.org JSON-LD) is a data block: no client runs it, Gmail reads it.
            RuleExample(#"""
                <html><head><script type="application/ld+json">{"@context": "http://schema.org", "@type": "Order",
                "merchant": {"@type": "Organization", "name": "Acme"}, "orderNumber": "123"}</script></head>
                <body><p>Thanks for your order 123.</p></body></html>
                """#),
        ]
    )

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        document.htmlBodies.flatMap(\.notableElements).compactMap { element in
            guard HTMLScriptRule.flagged.contains(element.name) else { return nil }
            return Violation("<\(element.name)> in the body is stripped by mail clients and scored by filters",
                             evidence: element.detail.isEmpty ? "<\(element.name)>" : "<\(element.name) \(element.detail)>",
                             at: element.position)
        }
    }
}
