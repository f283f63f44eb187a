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
        switch findings(in: document, budget: nil) {
        case .success(let findings): findings
        case .failure: []
        }
    }

    /// As `findings(in:)`, stopping between rules once `budget` is spent: the error says how many
    /// rules ran.
    private func findings(in document: EmailDocument, budget: WorkBudget?) -> Result<[Finding], TimeLimitReached> {
        let plan: SuppressionPlan
        let resolution: SuppressionResolution
        switch resolve(document, budget: budget) {
        case .success(let resolved): (plan, resolution) = resolved
        case .failure(let reached): return .failure(reached)
        }
        var auditFindings: [Finding] = []
        for rule in audits {
            guard let audit = rule.audit else { continue }
            auditFindings += rule.findings(from: audit.audit(resolution.unused))
        }
        // Audit findings can only be silenced by a directive naming their rule.
        let silencedAudits = auditFindings.isEmpty ? [] : SuppressionResolution(applying: plan, to: auditFindings, activeRuleIDs: []).findings
        let sorted = (resolution.findings + silencedAudits).sorted(by: Finding.reportOrder)
        return .success(RuleScoreCap.counted(RuleFindingLimit.limited(sorted, to: options.findingsPerRule)))
    }

    private func resolve(_ document: EmailDocument, budget: WorkBudget?)
        -> Result<(plan: SuppressionPlan, resolution: SuppressionResolution), TimeLimitReached> {
        // What several rules ask about the document is worked out once, into the context.
        let context = RuleContext(domains: options.domains, knownRuleIDs: knownRuleIDs, dmarcStrict: options.dmarcStrict)
            .checking(document)
        var findings: [Finding] = []
        for (ran, rule) in checks.enumerated() {
            if let budget, budget.isSpent {
                return .failure(TimeLimitReached(seconds: budget.seconds, stage: .rules(ran: ran, of: checks.count, last: ran > 0 ? checks[ran - 1].id : nil)))
            }
            findings += rule.findings(from: rule.rule.check(document, in: context))
        }
        let plan = SuppressionPlan(document.suppressionDirectives)
        return .success((plan, SuppressionResolution(applying: plan, to: findings, activeRuleIDs: activeRuleIDs)))
    }

    /// Reads and lints the bytes of one file; `openPath`, where the file lives, is where its partials are looked for.
    @_spi(CLI) public func report(path: String, bytes: [UInt8], openPath: String? = nil) -> FileReport {
        var settings = options.settings.reading(path: openPath)
        settings.partialSizeLimit = options.maxFileSize
        let budget = options.timeLimit.flatMap { $0 > 0 ? WorkBudget(seconds: $0) : nil }
        let outcome = WorkBudget.$current.withValue(budget) { () -> Result<(DocumentKind, [Finding]), TimeLimitReached> in
            let document = EmailReader.read(bytes, settings: settings)
            // Reading stops early once the budget is spent: what was read is not linted.
            if let budget, budget.isSpent { return .failure(TimeLimitReached(seconds: budget.seconds, stage: .reading)) }
            return self.findings(in: document, budget: budget).map { (document.kind, $0) }
        }
        let kind: DocumentKind
        var findings: [Finding]
        switch outcome {
        case .success(let linted): (kind, findings) = linted
        case .failure(let reached): return .failure(path: path, error: reached.description)
        }
        if let baseline = options.baseline { findings = baseline.apply(to: findings, path: path) }
        return report(path: path, kind: kind, findings: findings)
    }

    /// Scores and gates findings into a report: suppressed findings add nothing to the score or the gate.
    @_spi(CLI) public func report(path: String, kind: DocumentKind?, findings: [Finding]) -> FileReport {
        FileReport(path: path, kind: kind, findings: findings, thresholds: options.thresholds)
    }
}
