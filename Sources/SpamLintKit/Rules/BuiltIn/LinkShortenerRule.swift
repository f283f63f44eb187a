/// Flags links on public URL-shortener domains.
struct LinkShortenerRule: Rule {
    init() {}

    let description = RuleDescription(
        id: "link-shortener", name: "URL shortener link", category: .links, severity: .warning, score: 1.5,
        summary: "A link, image or text URL points at a public URL shortener (bit.ly, tinyurl.com, …).",
        rationale: """
            Shorteners hide the destination, so filters distrust them: spammers rotate them to dodge URL blocklists. \
            Postmark traced Gmail blocks ("content or links", 4.7.0) to bit.ly links; Yahoo's sender FAQ names \
            obfuscated URLs; SpamAssassin's url_shortener lists and rspamd's redirector map track them. \
            ESP click-tracking domains are listed separately and never flagged.
            """,
        fix: "Link to the full URL on your own domain; use your ESP's click tracking for analytics.",
        triggeringExamples: [
            RuleExample(#"<p>Our sale is on: <a href="↓https://bit.ly/3xYz">shop now</a></p>"#),
            RuleExample(#"<p><img src="↓http://tinyurl.com/banner.png" alt="Sale"></p>"#),
            RuleExample(#"<mjml><mj-body><mj-section><mj-column><mj-button href="↓https://bit.ly/3xYz">Shop now</mj-button></mj-column></mj-section></mj-body></mjml>"#),
        ],
        nonTriggeringExamples: [
            RuleExample(#"<p><a href="https://www.acme.example/sale">shop now</a></p>"#),
            RuleExample(#"<p><a href="https://acme.us1.list-manage.com/track/click?u=1">shop now</a></p>"#),
            RuleExample(#"<mjml><mj-body><mj-section><mj-column><mj-button href="https://www.acme.example/sale">Shop now</mj-button></mj-column></mj-section></mj-body></mjml>"#),
        ]
    )

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        document.bodyLinks.compactMap { link in
            guard let host = link.host, context.domains.isShortener(host) else { return nil }
            return Violation("\(link.kind == .image ? "image" : "link") on URL shortener \(host) hides its destination",
                             evidence: link.href, at: link.position)
        }
    }
}
