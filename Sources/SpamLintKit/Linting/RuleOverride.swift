/// A user's change to one rule's defaults (config `rules.overrides`).
public struct RuleOverride: Sendable, Hashable {
    public var score: Double?
    public var severity: Severity?

    public init(score: Double? = nil, severity: Severity? = nil) {
        self.score = score
        self.severity = severity
    }
}
