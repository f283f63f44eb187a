/// Flags a body without an unsubscribe link or unsubscribe placeholder.
struct UnsubscribeLinkMissingRule: Rule {
    init() {}

    let description = RuleDescription(
        id: "unsubscribe-link-missing", name: "No unsubscribe link in the body", category: .unsubscribe,
        severity: .warning, score: 1.5,
        summary: "The body has no unsubscribe or preference-centre link, and no unsubscribe placeholder of a template engine or ESP.",
        rationale: """
            Gmail and Yahoo require a clearly visible unsubscribe link in marketing mail, CAN-SPAM requires a \
            working opt-out, and recipients who cannot leave click "Report spam" instead. Recognises \
            placeholders such as {{ unsubscribe_url }}, *|UNSUB|*, <%asm_group_unsubscribe_raw_url%>, %%unsub_center_url%%.
            """,
        fix: "Add a visible unsubscribe link in the footer (your ESP's unsubscribe placeholder is fine).",
        triggeringExamples: [
            RuleExample(#"↓<body><p>Big sale this week! <a href="https://acme.example/sale">Shop now</a></p></body>"#),
            // A bracket tag no ESP fills is sent as written: the link goes nowhere.
            RuleExample(#"<body><p>Sale!</p><p><a href="[UNSUBSCRIBE_LINK]">Unsubscribe</a></p></body>"#),
            RuleExample("<body><p>Sale!</p><p>[UNSUBSCRIBE_LINK]</p></body>"),
            RuleExample("---\npurpose: marketing\n---\n<body><p>Your order history: see what is new this week.</p></body>"),
            // Wording without a link in its sentence offers no way out.
            RuleExample(#"↓<body><p>Sale! <a href="https://acme.example/sale">Shop now</a></p><p>"#
                        + String(repeating: "More news follows here. ", count: 12) + "You can unsubscribe at any time.</p></body>"),
        ],
        nonTriggeringExamples: [
            RuleExample(#"<body><p>Big sale! <a href="https://acme.example/sale">Shop</a></p><p><a href="*|UNSUB|*">Unsubscribe</a></p></body>"#),
            RuleExample(#"<body><p>Sale!</p><a href="{{ unsubscribe_link }}">Stop these emails</a></body>"#),
            RuleExample(#"<body><p>Sale!</p><a href="<%asm_group_unsubscribe_raw_url%>">Leave</a></body>"#),
            // Sendy's and SendGrid Marketing Campaigns' bracket tags, and Mailjet's double-bracket one.
            RuleExample(#"<body><p>Sale!</p><a href="[unsubscribe]">Click here to leave</a></body>"#),
            RuleExample("<body><p>Sale!</p><p>[Unsubscribe_Preferences]</p></body>"),
            RuleExample(#"<body><p>Sale!</p><a href="[[UNSUB_LINK_EN]]">Leave</a></body>"#),
            RuleExample("---\npurpose: transactional\n---\n<body><p>Hi {{name}}, here is your code: {{code}}</p></body>"),
            RuleExample("<html><head><title>Reset your password</title></head><body><p>Choose a new password: <a href=\"{{reset_url}}\">reset</a></p></body></html>"),
            // The way out said in the sentence around the link (Rules/lists/unsubscribe-wording.txt).
            RuleExample(#"<body><p>Sale!</p><p>To unsubscribe from all updates, please <a href="https://act.example/u/8f3">click here</a>.</p></body>"#),
            RuleExample(#"<body><p>Sale!</p><p>If you prefer not to receive promotional email, <a href="https://x.example/p">click here</a>.</p></body>"#),
            RuleExample(#"<body><p>Sale!</p><p>Update your email preferences <a href="https://x.example/p?id=1">here</a>.</p></body>"#),
            RuleExample(#"<body><p>Angebote!</p><p>Vom Newsletter abmelden können Sie sich <a href="https://x.example/n">hier</a>.</p></body>"#),
        ]
    )

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        guard !document.htmlBodies.isEmpty || !document.textBodies.isEmpty, !TemplateComposition.mayLackParts(document),
              !UnsubscribeSignals.bodyOffersUnsubscribe(document, in: context), !PurposeAssessment.isTransactional(document, in: context)
        else { return [] }
        let position = document.htmlBodies.first?.position ?? document.textBodies.first?.position ?? .start
        return [Violation("no unsubscribe link or unsubscribe placeholder in the body", evidence: "", at: position)]
    }
}
