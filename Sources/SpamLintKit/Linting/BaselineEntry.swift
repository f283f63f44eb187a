/// One known finding (or `count` identical ones) in a baseline file. Matched on path, rule and
/// evidence, never on line numbers, so edits above a finding keep it suppressed.
public struct BaselineEntry: Sendable, Hashable, Codable, Comparable {
    /// Relative to the directory spamlint runs in, normalised (no `./`, no `..`).
    public var path: String
    public var rule: String
    public var evidence: String
    /// How many findings with this path, rule and evidence the baseline accepts.
    public var count: Int

    public init(path: String, rule: String, evidence: String, count: Int = 1) {
        self.path = path
        self.rule = rule
        self.evidence = evidence
        self.count = count
    }

    public static func < (lhs: BaselineEntry, rhs: BaselineEntry) -> Bool {
        (lhs.path, lhs.rule, lhs.evidence, lhs.count) < (rhs.path, rhs.rule, rhs.evidence, rhs.count)
    }
}
