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
    /// What all findings of the rule add to one file at most; nil: the strongest finding counts, once.
    let maxScore: Double?

    init(_ rule: any Rule, overrides: [String: RuleOverride]) {
        let description = rule.description
        let override = overrides[description.id]
        self.rule = rule
        self.audit = rule.asSuppressionAudit
        self.id = description.id
        self.category = description.category
        self.severity = override?.severity ?? description.severity
        let score = override?.score ?? description.score
        self.score = score
        // A re-scored rule keeps its declared cap in proportion (a cap of five findings stays five
        // findings), unless the override names a cap of its own.
        self.maxScore = override?.maxScore ?? description.maxScore.map { cap in
            description.score == 0 ? cap : (cap * score / description.score * 100).rounded() / 100
        }
    }

    /// The rule's findings, each with its own weight; `RuleScoreCap` counts them per file.
    func findings(from violations: [Violation]) -> [Finding] {
        violations.map { violation in
            Finding(rule: id, category: category, severity: severity,
                    score: (score * violation.scoreFactor * 100).rounded() / 100, maxScore: maxScore,
                    message: violation.message, position: violation.position, evidence: violation.evidence)
        }
    }
}
