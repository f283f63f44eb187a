/// Runs the rules over documents, applies suppressions (inline comments, then the baseline) and
/// scores the findings that are not suppressed.
@_spi(CLI) public struct Linter: Sendable {
    @_spi(CLI) public let rules: [any Rule]
    @_spi(CLI) public let options: LintOptions
    /// Every id a suppression comment may name: the rules given, turned off or not, and the built-ins.
    private let knownRuleIDs: Set<String>
    /// What is fixed per rule, worked out once rather than per document: which rules check documents and
    /// which audit suppressions, and the id, category, severity and score their findings carry.
    private let checks: [ScoredRule]
    private let audits: [ScoredRule]
    private let activeRuleIDs: Set<String>

    @_spi(CLI) public init(rules: [any Rule] = RuleCatalog.builtIn, options: LintOptions = LintOptions()) {
        self.rules = rules.filter { !options.disabledRules.contains($0.description.id) }
        self.options = options
        self.knownRuleIDs = BuiltInRules.ids.union(rules.map(\.description.id))
        let scored = self.rules.map { ScoredRule($0, overrides: options.overrides) }
        self.checks = scored.filter { $0.audit == nil }
        self.audits = scored.filter { $0.audit != nil }
        self.activeRuleIDs = Set(scored.map(\.id))
    }

    /// Lints a parsed document. Suppressed findings stay in the list, marked; each finding's score is
    /// what it adds to the document's (one score per rule, see `RuleScoreCap`).
    @_spi(CLI) public func findings(in document: EmailDocument) -> [Finding] {
        let (plan, resolution) = resolve(document)
        var auditFindings: [Finding] = []
        for rule in audits {
            guard let audit = rule.audit else { continue }
            auditFindings += rule.findings(from: audit.audit(resolution.unused))
        }
        // Audit findings can only be silenced by a directive naming their rule.
        let silencedAudits = auditFindings.isEmpty ? [] : SuppressionResolution(applying: plan, to: auditFindings, activeRuleIDs: []).findings
        return RuleScoreCap.counted((resolution.findings + silencedAudits).sorted(by: Finding.reportOrder))
    }

    private func resolve(_ document: EmailDocument) -> (plan: SuppressionPlan, resolution: SuppressionResolution) {
        // What several rules ask about the document is worked out once, into the context.
        let context = RuleContext(domains: options.domains, knownRuleIDs: knownRuleIDs, dmarcStrict: options.dmarcStrict)
            .checking(document)
        var findings: [Finding] = []
        for rule in checks {
            findings += rule.findings(from: rule.rule.check(document, in: context))
        }
        let plan = SuppressionPlan(document.suppressionDirectives)
        return (plan, SuppressionResolution(applying: plan, to: findings, activeRuleIDs: activeRuleIDs))
    }

    /// Reads and lints the bytes of one file; `openPath`, where the file lives, is where its partials are looked for.
    @_spi(CLI) public func report(path: String, bytes: [UInt8], openPath: String? = nil) -> FileReport {
        var settings = options.settings.reading(path: openPath)
        settings.partialSizeLimit = options.maxFileSize
        let document = EmailReader.read(bytes, settings: settings)
        var findings = findings(in: document)
        if let baseline = options.baseline { findings = baseline.apply(to: findings, path: path) }
        return report(path: path, kind: document.kind, findings: findings)
    }

    /// Scores and gates findings into a report: suppressed findings add nothing to the score or the gate.
    @_spi(CLI) public func report(path: String, kind: DocumentKind?, findings: [Finding]) -> FileReport {
        FileReport(path: path, kind: kind, findings: findings, thresholds: options.thresholds)
    }
}
