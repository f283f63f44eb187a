import SpamLintInterop

/// Flags `<meta http-equiv="refresh">`.
struct MetaRefreshRule: Rule {
    init() {}

    /// A refresh without a URL only reloads the message: pointless, but not a redirect.
    static let reloadOnlyFactor = 1.0 / 6

    let description = RuleDescription(
        id: "meta-refresh", name: "Meta refresh", category: .links, severity: .error, score: 3.0,
        summary: "The HTML has <meta http-equiv=\"refresh\">; full score when it redirects to a URL.",
        rationale: """
            A meta refresh with a URL sends whoever opens the HTML (in a browser or webmail preview) to another \
            page without a click: the redirect trick of phishing attachments and spam. rspamd scores \
            HTML_META_REFRESH_URL at 5.0 (rules/regexp/misc.lua); mail clients strip the tag, so it never helps \
            legitimate mail. A refresh without a URL scores a sixth.
            """,
        fix: "Remove the <meta http-equiv=\"refresh\"> element; put a normal link in the body instead.",
        triggeringExamples: [
            RuleExample(#"<html><head><meta http-equiv="↓refresh" content="0; url=https://login-check.example/"></head><body><p>Loading…</p></body></html>"#),
        ],
        nonTriggeringExamples: [
            RuleExample(#"<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><p>Hi</p></body></html>"#),
        ]
    )

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        document.htmlBodies.flatMap(\.notableElements).compactMap { element in
            guard element.name == "meta-refresh" else { return nil }
            let target = MetaRefreshRule.refreshTarget(in: element.detail)
            return Violation(target.map { "meta refresh redirects to \($0)" } ?? "meta refresh reloads the page",
                             evidence: EvidenceText.shortened("<meta http-equiv=\"refresh\" content=\"\(element.detail)\">"),
                             at: element.position, scoreFactor: target == nil ? MetaRefreshRule.reloadOnlyFactor : 1)
        }
    }

    /// The URL of a refresh's `content` (`0; url=https://…`, `URL = 'x'`): after `url` and `=`, up to a quote or white space.
    static func refreshTarget(in content: String) -> String? {
        refreshURL.firstMatch(in: content).flatMap { $0[1] }.map { String(content[$0]) }
    }

    private static let refreshURL = try! LinearRegex(UnicodeRegexClass.icu(#"[Uu][Rr][Ll]\s*=\s*['"]?([^'"\#(UnicodeRegexClass.whiteSpaceCharacters)]+)"#))
}
