/// A rule declared in a YAML rule pack. To scoring, configuration, suppression and reporters it
/// is a `Rule` like any Swift rule.
@_spi(CLI) public struct PackRule: Rule {
    @_spi(CLI) public let description: RuleDescription
    @_spi(CLI) public let matcher: PackMatcher
    /// Message template: `{match}` is the matched text, `{value}` the whole value it was found in,
    /// `{entry}` the list entry (phrase or domain) it matched, `{url}` the link or image URL.
    @_spi(CLI) public let message: String
    /// At most this many points from all matches together, at the rule's default score (see `scoreFactors`).
    @_spi(CLI) public var maxScore: Double? { description.maxScore }

    /// More hits than this in one document are not reported (their score is capped anyway).
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
        // cap always falls on the same findings.
        hits = hits.enumerated().sorted { ($0.element.position, $0.offset) < ($1.element.position, $1.offset) }.map(\.element)
        let factors = PackRule.scoreFactors(count: min(hits.count, PackRule.maxViolations), score: description.score, maxScore: maxScore)
        return zip(hits, factors).map { hit, factor in
            // A document-level hit (`not:` around a matcher) has no matched text to quote.
            Violation((hit.evidence.isEmpty && message.contains("{match}") ? description.summary : render(hit)) + (factor < 1 ? (factor == 0 ? " (score cap reached)" : " (score capped)") : ""),
                      evidence: hit.evidence, at: hit.position, scoreFactor: factor)
        }
    }

    /// The cap is applied with `Violation.scoreFactor`: matches in document order add the full
    /// score until `maxScore` is reached, the one crossing it adds the remainder, later ones add 0
    /// (they are still reported). A score override scales the cap in proportion, since factors
    /// are fractions of the rule's score.
    @_spi(CLI) public static func scoreFactors(count: Int, score: Double, maxScore: Double?) -> [Double] {
        guard let maxScore, score > 0 else { return Array(repeating: 1, count: count) }
        var remaining = maxScore
        return (0..<count).map { _ in
            let factor = max(0, min(1, remaining / score))
            remaining -= factor * score
            return (factor * 1_000).rounded() / 1_000
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
