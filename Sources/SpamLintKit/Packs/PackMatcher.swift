/// What a pack rule looks for in a document: conditions on a target's values, combined.
@_spi(CLI) public indirect enum PackMatcher: Sendable, Hashable {
    /// Every value of `target` (for `.header`, of the header named `header`) is tested.
    case values(target: PackTarget, header: String?, condition: PackCondition)
    /// Every matcher has a hit; the hits are those of the positive matchers.
    case allOf([PackMatcher])
    /// The hits of every matcher.
    case anyOf([PackMatcher])
    /// The matcher has no hit; then one hit for the whole document.
    case not(PackMatcher)

    /// One thing found, ready to become a violation.
    struct Hit {
        var evidence: String
        var value: String
        var entry: String?
        var url: String?
        var position: SourcePosition
        /// Text of a text/plain alternative, dropped when the HTML body shows the same match.
        var isAlternativeText = false
    }

    func hits(in document: EmailDocument) -> [Hit] {
        switch self {
        case .values(let target, let header, let condition):
            return Self.hits(of: condition, in: target.items(in: document, header: header))
        case .allOf(let matchers):
            var hits: [Hit] = []
            for matcher in matchers {
                let found = matcher.hits(in: document)
                if found.isEmpty { return [] }
                if case .not = matcher { continue }
                hits += found
            }
            return hits.isEmpty ? [Self.documentHit] : hits
        case .anyOf(let matchers):
            return matchers.flatMap { $0.hits(in: document) }
        case .not(let matcher):
            return matcher.hits(in: document).isEmpty ? [Self.documentHit] : []
        }
    }

    private static let documentHit = Hit(evidence: "", value: "", entry: nil, url: nil, position: .start)

    private static func hits(of condition: PackCondition, in items: [PackItem]) -> [Hit] {
        var hits: [Hit] = []
        for var item in items {
            var searchFrom = item.locator?.source.startIndex
            for found in condition.hits(in: item.value) {
                let evidence = String(item.value[found.range])
                var position = item.position
                if var locator = item.locator {
                    if item.valueIsSource {
                        position = locator.position(of: found.range) ?? position
                    } else if var start = searchFrom {
                        position = locator.position(locating: evidence, from: &start) ?? position
                        searchFrom = start
                    }
                    item.locator = locator
                }
                hits.append(Hit(evidence: evidence, value: item.value, entry: found.entry, url: item.url, position: position,
                                isAlternativeText: item.isAlternativeText))
            }
        }
        return hits
    }
}
