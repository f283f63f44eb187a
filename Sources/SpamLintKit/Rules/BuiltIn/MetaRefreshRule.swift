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

    /// The URL of a refresh's `content` (`0; url=https://…`), as
    /// `#/url\s*=\s*['"]?([^'"\s]+)/#.ignoresCase()` captures it.
    static func refreshTarget(in content: String) -> String? {
        var text = content
        let ascii: String?? = text.withUTF8 { bytes in
            guard ASCIIByte.allASCII(bytes) else { return .none }
            var start = 0
            while let found = ASCIIByte.firstIndex(of: "url", in: bytes, from: start) {
                start = found + 1
                var index = found + 3
                while index < bytes.count, ASCIIByte.isWhitespace(bytes[index]) { index += 1 }
                guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { continue }
                index += 1
                while index < bytes.count, ASCIIByte.isWhitespace(bytes[index]) { index += 1 }
                if index < bytes.count, isQuote(bytes[index]) { index += 1 }
                var end = index
                while end < bytes.count, !isQuote(bytes[end]), !ASCIIByte.isWhitespace(bytes[end]) { end += 1 }
                if end > index { return .some(ASCIIByte.string(bytes, index..<end)) }
            }
            return .some(nil)
        }
        if let ascii { return ascii }
        // Non-ASCII content (rare): the regex itself decides.
        return content.firstMatch(of: #/url\s*=\s*['"]?([^'"\s]+)/#.ignoresCase()).map { String($0.output.1) }
    }

    private static func isQuote(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") }
}
