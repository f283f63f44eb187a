/// A rule declared in a YAML rule pack. To scoring, configuration, suppression and reporters it
/// is a `Rule` like any Swift rule.
@_spi(CLI) public struct PackRule: Rule {
    @_spi(CLI) public let description: RuleDescription
    @_spi(CLI) public let matcher: PackMatcher
    /// Message template: `{match}` is the matched text, `{value}` the whole value it was found in,
    /// `{entry}` the list entry (phrase or domain) it matched, `{url}` the link or image URL.
    @_spi(CLI) public let message: String
    /// More hits than this in one document are not reported: a rule counts once per file (up to its
    /// `max-score`), so the 101st match of a phrase adds nothing a reader needs.
    @_spi(CLI) public static let maxViolations = 100

    @_spi(CLI) public init(description: RuleDescription, matcher: PackMatcher, message: String) {
        self.description = description
        self.matcher = matcher
        self.message = message
    }

    @_spi(CLI) public func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        var hits = matcher.hits(in: document)
        // A text/plain alternative repeats the HTML: a match both show counts once.
        let shownInHTML = Set(hits.filter { !$0.isAlternativeText && !$0.evidence.isEmpty }.map { $0.evidence.lowercased() })
        hits.removeAll { $0.isAlternativeText && shownInHTML.contains($0.evidence.lowercased()) }
        // Stable: hits at one position (a text/plain body has one) keep document order, so the
        // same matches are reported when there are more than `maxViolations`.
        hits = hits.enumerated().sorted { ($0.element.position, $0.offset) < ($1.element.position, $1.offset) }.map(\.element)
        // The rule's `max-score` is the linter's to apply, to pack and Swift rules alike (`RuleScoreCap`).
        return hits.prefix(PackRule.maxViolations).map { hit in
            // A document-level hit (`not:` around a matcher) has no matched text to quote.
            Violation(hit.evidence.isEmpty && message.contains("{match}") ? description.summary : render(hit),
                      evidence: hit.evidence, at: hit.position)
        }
    }

    private func render(_ hit: PackMatcher.Hit) -> String {
        var text = ""
        var rest = Substring(message)
        while let open = rest.firstIndex(of: "{") {
            text += rest[..<open]
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else {
                text += rest[open...]
                rest = rest[rest.endIndex...]
                break
            }
            switch after[..<close] {
            case "match": text += PackRule.shortened(hit.evidence)
            case "value": text += PackRule.shortened(hit.value)
            case "entry": text += hit.entry ?? hit.evidence
            case "url": text += PackRule.shortened(hit.url ?? "")
            default: text += rest[open...close]
            }
            rest = after[after.index(after: close)...]
        }
        return text + rest
    }

    private static func shortened(_ text: String) -> String {
        text.count > 120 ? String(text.prefix(117)) + "…" : text
    }
}
