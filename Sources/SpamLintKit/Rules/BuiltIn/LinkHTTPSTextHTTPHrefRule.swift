import SpamLintInterop

/// Flags links whose text promises a secure address while the href is plain http://.
struct LinkHTTPSTextHTTPHrefRule: Rule {
    init() {}

    /// Characters in link text that claim a secure connection.
    static let padlocks: [Character] = ["🔒", "🔐"]

    let description = RuleDescription(
        id: "link-https-text-http-href", name: "Secure-looking text on an http:// link", category: .links,
        severity: .warning, score: 1.0,
        summary: "The link text shows an https:// address (or a padlock or secure.… host) but the href is plain http://.",
        rationale: """
            Text that promises HTTPS over an unencrypted link misleads the reader about where a click goes, a \
            phishing pattern SpamAssassin scores as HTTPS_HTTP_MISMATCH (Plugin/HTTPSMismatch.pm) and that Gmail's \
            guidelines ("links should be visible and easy to understand") warn against. A legitimate cause is an \
            ESP click-tracking domain without TLS; that case scores half.
            """,
        fix: "Link to the https:// address the text shows (enable TLS on your click-tracking domain).",
        triggeringExamples: [
            RuleExample(#"<p>Sign in at <a href="↓http://www.mybank.example/login">https://www.mybank.example/login</a></p>"#),
            RuleExample(#"<p><a href="↓http://account-check.example/">🔒 Secure sign-in</a></p>"#),
            RuleExample(#"<p><a href="↓http://secure.mybank.example/">secure.mybank.example</a></p>"#),
        ],
        nonTriggeringExamples: [
            RuleExample(#"<p>Sign in at <a href="https://www.mybank.example/login">https://www.mybank.example/login</a></p>"#),
            RuleExample(#"<p>Old page: <a href="http://www.acme.example/archive">http://www.acme.example/archive</a></p>"#),
            RuleExample(#"<p><a href="{{ login_url }}">https://www.acme.example/login</a></p>"#),
        ]
    )

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        document.htmlBodies.flatMap(\.links).compactMap { link in
            guard link.kind == .anchor || link.kind == .area, !link.isDynamic, link.scheme == "http",
                  HTTPHref.startsWithHTTPColon(link.href), let claim = secureClaim(in: link.text) else { return nil }
            let tracked = link.host.map { context.domains.clickTrackers.contains($0) } ?? false
            return Violation("link text shows \(claim) but the link is unencrypted http://",
                             evidence: "\(EvidenceText.shortened(link.text, limit: 60)) -> \(EvidenceText.shortened(link.href))",
                             at: link.position, scoreFactor: tracked ? 0.5 : 1)
        }
    }

    /// What in the text claims security: an https:// URL, a padlock, or a host named secure….
    private func secureClaim(in text: String) -> String? {
        if let url = LinkHTTPSTextHTTPHrefRule.httpsURL(in: text) { return url }
        if text.contains(where: LinkHTTPSTextHTTPHrefRule.padlocks.contains) { return "a padlock" }
        if let host = DomainMention.host(shownBy: text), host.split(separator: ".").first?.hasPrefix("secure") == true {
            return host
        }
        return nil
    }

    /// The first `https://` address in the text, in any ASCII case, and the characters after it up to white space.
    static func httpsURL(in text: String) -> String? {
        httpsAddress.firstMatch(in: text).flatMap { $0[0] }.map { String(text[$0]) }
    }

    /// `https` is matched in ASCII case only: `(?i)` would let the long s `ſ` stand for `s`.
    private static let httpsAddress = try! LinearRegex("[Hh][Tt][Tt][Pp][Ss]://[^" + UnicodeRegexClass.whiteSpaceCharacters + "]*")
}
