/// A rule with what its findings carry (configuration overrides applied), resolved once per run:
/// a rule's `description` is a large value, too costly to copy for every document.
struct ScoredRule: Sendable {
    let rule: any Rule
    /// The same rule seen as a suppression audit, when it is one.
    let audit: (any SuppressionAuditRule)?
    let id: String
    let category: RuleCategory
    let severity: Severity
    let score: Double

    init(_ rule: any Rule, overrides: [String: RuleOverride]) {
        let description = rule.description
        let override = overrides[description.id]
        self.rule = rule
        self.audit = rule.asSuppressionAudit
        self.id = description.id
        self.category = description.category
        self.severity = override?.severity ?? description.severity
        self.score = override?.score ?? description.score
    }

    func findings(from violations: [Violation]) -> [Finding] {
        violations.map { violation in
            Finding(rule: id, category: category, severity: severity,
                    score: (score * violation.scoreFactor * 100).rounded() / 100,
                    message: violation.message, position: violation.position, evidence: violation.evidence)
        }
    }
}
