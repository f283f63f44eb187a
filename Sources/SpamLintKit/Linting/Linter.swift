/// Runs the rules over documents and scores the findings.
public struct Linter: Sendable {
    public let rules: [any Rule]
    public let options: LintOptions

    public init(rules: [any Rule] = BuiltInRules.all, options: LintOptions = LintOptions()) {
        self.rules = rules.filter { !options.disabledRules.contains($0.description.id) }
        self.options = options
    }

    /// Lints a parsed document.
    public func findings(in document: EmailDocument) -> [Finding] {
        let context = RuleContext(domains: options.domains, dmarcStrict: options.dmarcStrict)
        var findings: [Finding] = []
        for rule in rules {
            let description = rule.description
            let override = options.overrides[description.id]
            let severity = override?.severity ?? description.severity
            let score = override?.score ?? description.score
            for violation in rule.check(document, in: context) {
                findings.append(Finding(rule: description.id, category: description.category, severity: severity,
                                        score: (score * violation.scoreFactor * 100).rounded() / 100,
                                        message: violation.message, position: violation.position, evidence: violation.evidence))
            }
        }
        return findings.sorted(by: Finding.reportOrder)
    }

    /// Reads and lints the bytes of one file.
    public func report(path: String, bytes: [UInt8]) -> FileReport {
        let document = EmailReader.read(bytes, settings: options.settings)
        let findings = findings(in: document)
        let score = (findings.reduce(0) { $0 + $1.score } * 100).rounded() / 100
        let failed = score >= options.thresholds.failScore || findings.contains { $0.severity == .error }
        return FileReport(path: path, kind: document.kind, findings: findings, score: score,
                          verdict: options.thresholds.verdict(for: score), error: nil, failed: failed)
    }
}
