/// One reported risk: a rule's violation with the rule's effective severity and score.
public struct Finding: Sendable, Hashable, Codable {
    public var rule: String
    public var category: RuleCategory
    public var severity: Severity
    public var score: Double
    public var message: String
    public var position: SourcePosition
    public var evidence: String
    /// Set when the finding is suppressed: it is still reported, but adds nothing to the score or the gate.
    public var suppression: FindingSuppression?

    public init(rule: String, category: RuleCategory, severity: Severity, score: Double, message: String,
                position: SourcePosition, evidence: String, suppression: FindingSuppression? = nil) {
        self.rule = rule
        self.category = category
        self.severity = severity
        self.score = score
        self.message = message
        self.position = position
        self.evidence = evidence
        self.suppression = suppression
    }

    /// Report order: line, column, rule id, then message.
    static func reportOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
        (lhs.position.line, lhs.position.column, lhs.rule, lhs.message) < (rhs.position.line, rhs.position.column, rhs.rule, rhs.message)
    }
}
