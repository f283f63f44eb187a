/// Flags `spamlint-disable…` directives written as HTML comments, which every recipient receives.
struct SuppressionShipsRule: Rule {
    init() {}

    let description = RuleDescription(
        id: SuppressionMetaRules.suppressionShips, name: "Suppression comment is sent", category: .html, severity: .info, score: 0.1,
        summary: "A spamlint-disable directive is written as an HTML comment (<!-- -->), so it is sent to every recipient.",
        rationale: """
            HTML comments survive rendering and reach the recipient's mailbox (and the filters reading it); a comment \
            naming a spam linter and the rule it silences tells a filter what the sender worried about, and adds bytes \
            Gmail counts toward its 102 KB clipping limit. Template comments ({# #}, {{!-- --}}, {% comment %}) are \
            removed when the template renders. spamlint still honours the HTML comment.
            """,
        fix: "Write the directive as a template comment: {# spamlint-disable-next-line rule-id -- reason #} or {{!-- spamlint-disable-next-line rule-id --}}.",
        triggeringExamples: [
            RuleExample("""
                <p>Read our terms.</p>
                ↓<!-- spamlint-disable-next-line link-shortener -- partner requires its short link -->
                <p><a href="https://bit.ly/3xYz">Partner offer</a></p>
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                <p>Read our terms.</p>
                {# spamlint-disable-next-line link-shortener -- partner requires its short link #}
                <p><a href="https://bit.ly/3xYz">Partner offer</a></p>
                """),
            RuleExample("<!--[if mso]><table><tr><td><![endif]--><p>Hello</p><!-- spamlint is great --><!--[if mso]></td></tr></table><![endif]-->"),
        ]
    )

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        document.suppressionDirectives.filter { $0.syntax == .html }.map { directive in
            Violation("\(directive.keyword) in an HTML comment is sent to every recipient; use a template comment",
                      evidence: directive.text, at: directive.position)
        }
    }
}
