/// A test on one value of a target (a subject, a link host, a body's text…).
@_spi(CLI) public indirect enum PackCondition: Sendable, Hashable {
    /// Whole-word, case-insensitive phrases; each occurrence is a hit.
    case phrases(PhraseList)
    /// The value (a host, or the domain of an address) equals an entry or is a subdomain of one.
    case domains(DomainSet)
    /// Each match of the regular expression is a hit.
    case regex(PackRegex)
    /// Every condition holds; the hits are those of the positive conditions (or the whole value).
    case allOf([PackCondition])
    /// Some condition holds; the hits of all that do.
    case anyOf([PackCondition])
    /// The condition does not hold; the hit is the whole value.
    case not(PackCondition)

    /// A matched piece of a value: its range, and the list entry it matched when there is one.
    struct Hit {
        var range: Range<String.Index>
        var entry: String?
    }

    func hits(in value: String) -> [Hit] {
        switch self {
        case .phrases(let list):
            return list.matches(in: value).map { Hit(range: $0.range, entry: $0.phrase) }
        case .domains(let set):
            // Most values hold no "@" and end in no ".": a byte check spares the Character scans then
            // (a Character equal to "@" or "." is that one byte).
            let hasAt = value.utf8.contains(UInt8(ascii: "@"))
            let host = hasAt ? value.lastIndex(of: "@").map { value[value.index(after: $0)...] } ?? Substring(value) : Substring(value)
            let name = hasAt ? String(host) : value
            guard let entry = set.match(name.utf8.last == UInt8(ascii: ".") ? name.trimmingTrailingDots() : name) else { return [] }
            return [Hit(range: host.startIndex..<host.endIndex, entry: entry)]
        case .regex(let regex):
            return regex.matches(in: value).map { Hit(range: $0, entry: nil) }
        case .allOf(let conditions):
            var hits: [Hit] = []
            for condition in conditions {
                let found = condition.hits(in: value)
                if found.isEmpty { return [] }
                if case .not = condition { continue }
                hits += found
            }
            return hits.isEmpty ? [Hit(range: value.startIndex..<value.endIndex, entry: nil)] : Self.ordered(hits)
        case .anyOf(let conditions):
            return Self.ordered(conditions.flatMap { $0.hits(in: value) })
        case .not(let condition):
            return condition.hits(in: value).isEmpty ? [Hit(range: value.startIndex..<value.endIndex, entry: nil)] : []
        }
    }

    /// In text order, one hit per start.
    private static func ordered(_ hits: [Hit]) -> [Hit] {
        var seen = Set<String.Index>()
        return hits.sorted { $0.range.lowerBound < $1.range.lowerBound }.filter { seen.insert($0.range.lowerBound).inserted }
    }
}
