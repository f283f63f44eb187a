/// Runs the rules over documents, applies suppressions (inline comments, then the baseline) and
/// scores the findings that are not suppressed.
public struct Linter: Sendable {
    public let rules: [any Rule]
    public let options: LintOptions
    /// Every id a suppression comment may name: the rules given, turned off or not, and the built-ins.
    private let knownRuleIDs: Set<String>
    /// What is fixed per rule, worked out once rather than per document: which rules check documents and
    /// which audit suppressions, and the id, category, severity and score their findings carry.
    private let checks: [ScoredRule]
    private let audits: [ScoredRule]
    private let activeRuleIDs: Set<String>

    public init(rules: [any Rule] = RuleCatalog.builtIn, options: LintOptions = LintOptions()) {
        self.rules = rules.filter { !options.disabledRules.contains($0.description.id) }
        self.options = options
        self.knownRuleIDs = BuiltInRules.ids.union(rules.map(\.description.id))
        let scored = self.rules.map { ScoredRule($0, overrides: options.overrides) }
        self.checks = scored.filter { $0.audit == nil }
        self.audits = scored.filter { $0.audit != nil }
        self.activeRuleIDs = Set(scored.map(\.id))
    }

    /// Lints a parsed document. Suppressed findings stay in the list, marked.
    public func findings(in document: EmailDocument) -> [Finding] {
        let (plan, resolution) = resolve(document)
        var auditFindings: [Finding] = []
        for rule in audits {
            guard let audit = rule.audit else { continue }
            auditFindings += rule.findings(from: audit.audit(resolution))
        }
        // Audit findings can only be silenced by a directive naming their rule.
        let silencedAudits = auditFindings.isEmpty ? [] : plan.resolve(auditFindings, activeRuleIDs: []).findings
        return (resolution.findings + silencedAudits).sorted(by: Finding.reportOrder)
    }

    /// The findings of every rule but the suppression audits, with the document's directives applied.
    public func resolution(of document: EmailDocument) -> SuppressionResolution {
        resolve(document).resolution
    }

    private func resolve(_ document: EmailDocument) -> (plan: SuppressionPlan, resolution: SuppressionResolution) {
        let context = RuleContext(domains: options.domains, knownRuleIDs: knownRuleIDs, dmarcStrict: options.dmarcStrict)
        var findings: [Finding] = []
        // Several rules ask whether the body offers unsubscription; they share one answer.
        let shared = UnsubscribeSignals.rememberingBodyOffersUnsubscribe(document)
        for rule in checks {
            findings += rule.findings(from: rule.rule.check(shared, in: context))
        }
        let plan = SuppressionPlan(document.suppressionDirectives)
        return (plan, plan.resolve(findings, activeRuleIDs: activeRuleIDs))
    }

    /// Reads and lints the bytes of one file; `openPath`, where the file lives, is where its partials are looked for.
    public func report(path: String, bytes: [UInt8], openPath: String? = nil) -> FileReport {
        var settings = options.settings.reading(path: openPath)
        settings.partialSizeLimit = options.maxFileSize
        let document = EmailReader.read(bytes, settings: settings)
        var findings = findings(in: document)
        if let baseline = options.baseline { findings = baseline.apply(to: findings, path: path) }
        return report(path: path, kind: document.kind, findings: findings)
    }

    /// Scores and gates findings into a report: suppressed findings add nothing to the score or the gate.
    public func report(path: String, kind: DocumentKind?, findings: [Finding]) -> FileReport {
        FileReport(path: path, kind: kind, findings: findings, thresholds: options.thresholds)
    }
}
