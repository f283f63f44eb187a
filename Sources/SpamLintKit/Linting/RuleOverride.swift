/// A user's change to one rule's defaults (config `rules.overrides`).
public struct RuleOverride: Sendable, Hashable {
    public var score: Double?
    public var severity: Severity?
    /// The most all findings of the rule add to one file (see `RuleScoreCap`).
    public var maxScore: Double?

    public init(score: Double? = nil, severity: Severity? = nil, maxScore: Double? = nil) {
        self.score = score
        self.severity = severity
        self.maxScore = maxScore
    }
}
