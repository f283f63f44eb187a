/// One reported risk: a rule's violation with the rule's effective severity and score.
///
/// A rule scores a file once, however often it fires (see `RuleScoreCap`): `baseScore` is what this
/// finding weighs on its own, `score` what it adds to its file once the rule's findings are counted
/// together (0 for a repeat the rule already scored with, and for a suppressed finding).
public struct Finding: Sendable, Hashable, Codable {
    public var rule: String
    public var category: RuleCategory
    public var severity: Severity
    /// The points this finding adds to its file's score. Until `RuleScoreCap.counted` has looked at
    /// the file's findings together, it is `baseScore`.
    public var score: Double
    /// The rule's score scaled for this occurrence (a stronger or weaker variant of the signal).
    public var baseScore: Double
    /// The most all findings of this rule add to one file; nil when the rule counts once, with its
    /// strongest finding.
    public var maxScore: Double?
    public var message: String
    public var position: SourcePosition
    public var evidence: String
    /// Set when the finding is suppressed: it is still reported, but adds nothing to the score or the gate.
    public var suppression: FindingSuppression?

    /// `score` is the finding's own weight (`baseScore`); the counted score is worked out per file.
    public init(rule: String, category: RuleCategory, severity: Severity, score: Double, maxScore: Double? = nil, message: String,
                position: SourcePosition, evidence: String, suppression: FindingSuppression? = nil) {
        self.rule = rule
        self.category = category
        self.severity = severity
        self.score = score
        self.baseScore = score
        self.maxScore = maxScore
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
