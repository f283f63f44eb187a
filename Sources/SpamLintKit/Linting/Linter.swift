/// Runs the rules over documents, applies suppressions (inline comments, then the baseline) and
/// scores the findings that are not suppressed.
public struct Linter: Sendable {
    public let rules: [any Rule]
    public let options: LintOptions
    /// Every id a suppression comment may name: the rules given, turned off or not, and the built-ins.
    private let knownRuleIDs: Set<String>
    /// `rules` split once into the suppression audits and the others, with the ids of `rules`:
    /// a dynamic cast per rule and a set of ids per document were measurable on large runs.
    private let auditRules: [(rule: any Rule, audit: any SuppressionAuditRule)]
    private let checkingRules: [any Rule]
    private let activeRuleIDs: Set<String>

    public init(rules: [any Rule] = RuleCatalog.builtIn, options: LintOptions = LintOptions()) {
        self.rules = rules.filter { !options.disabledRules.contains($0.description.id) }
        self.options = options
        self.knownRuleIDs = BuiltInRules.ids.union(rules.map(\.description.id))
        self.auditRules = self.rules.compactMap { rule in (rule as? any SuppressionAuditRule).map { (rule, $0) } }
        self.checkingRules = self.rules.filter { !($0 is any SuppressionAuditRule) }
        self.activeRuleIDs = Set(self.rules.map(\.description.id))
    }

    /// Lints a parsed document. Suppressed findings stay in the list, marked.
    public func findings(in document: EmailDocument) -> [Finding] {
        let (plan, resolution) = resolve(document)
        var audits: [Finding] = []
        for (rule, audit) in auditRules {
            audits += findings(of: rule, from: audit.audit(resolution))
        }
        // Audit findings can only be silenced by a directive naming their rule.
        let silencedAudits = plan.resolve(audits, activeRuleIDs: []).findings
        return (resolution.findings + silencedAudits).sorted(by: Finding.reportOrder)
    }

    /// The findings of every rule but the suppression audits, with the document's directives applied.
    public func resolution(of document: EmailDocument) -> SuppressionResolution {
        resolve(document).resolution
    }

    private func resolve(_ document: EmailDocument) -> (plan: SuppressionPlan, resolution: SuppressionResolution) {
        let context = RuleContext(domains: options.domains, knownRuleIDs: knownRuleIDs, dmarcStrict: options.dmarcStrict)
        var findings: [Finding] = []
        for rule in checkingRules {
            findings += self.findings(of: rule, from: rule.check(document, in: context))
        }
        let plan = SuppressionPlan(document.suppressionDirectives)
        return (plan, plan.resolve(findings, activeRuleIDs: activeRuleIDs))
    }

    private func findings(of rule: any Rule, from violations: [Violation]) -> [Finding] {
        let description = rule.description
        let override = options.overrides[description.id]
        let severity = override?.severity ?? description.severity
        let score = override?.score ?? description.score
        return violations.map { violation in
            Finding(rule: description.id, category: description.category, severity: severity,
                    score: (score * violation.scoreFactor * 100).rounded() / 100,
                    message: violation.message, position: violation.position, evidence: violation.evidence)
        }
    }

    /// Reads and lints the bytes of one file.
    public func report(path: String, bytes: [UInt8]) -> FileReport {
        let document = EmailReader.read(bytes, settings: options.settings)
        var findings = findings(in: document)
        if let baseline = options.baseline { findings = baseline.apply(to: findings, path: path) }
        return report(path: path, kind: document.kind, findings: findings)
    }

    /// Scores and gates findings into a report: suppressed findings add nothing to the score or the gate.
    public func report(path: String, kind: DocumentKind?, findings: [Finding]) -> FileReport {
        FileReport(path: path, kind: kind, findings: findings, thresholds: options.thresholds)
    }
}
