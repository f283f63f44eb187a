/// Flags URLs with `user@` before the host.
struct LinkUserInfoRule: Rule {
    init() {}

    let description = RuleDescription(
        id: "link-userinfo", name: "URL with user@ before the host", category: .links, severity: .error, score: 2.0,
        summary: "A URL carries user information (`https://brand.example@evil.example/`), which disguises the real host.",
        rationale: """
            Everything before @ in a URL's authority is a user name, so `https://brand.example@evil.example/` goes \
            to evil.example. rspamd URL_USER_PASSWORD (2.0, more for long user fields) flags it.
            """,
        fix: "Remove the user@ part; link to the real host directly.",
        triggeringExamples: [
            RuleExample(#"<p><a href="↓https://acme.example@login-verify.example/">sign in</a></p>"#),
        ],
        nonTriggeringExamples: [
            RuleExample(#"<p><a href="https://acme.example/login?next=@home">sign in</a> <a href="mailto:help@acme.example">mail us</a></p>"#),
        ]
    )

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        document.bodyLinks.compactMap { link in
            guard link.hasUserInfo, let host = link.host else { return nil }
            return Violation("URL hides its host \(host) behind user information", evidence: link.href, at: link.position)
        }
    }
}
