/// The result of linting one input: its findings and total, or the error that stopped it.
public struct FileReport: Sendable, Hashable {
    /// The path as the user gave it (relative stays relative); `-` for standard input.
    public var path: String
    public var kind: DocumentKind?
    public var findings: [Finding]
    public var score: Double
    public var verdict: Verdict
    /// Why the file could not be linted (unreadable, too large…); nil when it was.
    public var error: String?
    /// True when the file fails the gate (see `Thresholds.failureReasons(for:)`).
    public var failed: Bool
    /// Why it fails, one phrase per gate tripped (for JUnit and other CI reports); empty when it passes.
    public var failureReasons: [String]

    public init(path: String, kind: DocumentKind?, findings: [Finding], score: Double, verdict: Verdict, error: String?, failed: Bool,
                failureReasons: [String] = []) {
        self.path = path
        self.kind = kind
        self.findings = findings
        self.score = score
        self.verdict = verdict
        self.error = error
        self.failed = failed
        self.failureReasons = failureReasons
    }

    /// A linted file, scored and gated from its findings; suppressed findings count for neither.
    public init(path: String, kind: DocumentKind?, findings: [Finding], thresholds: Thresholds) {
        self.init(path: path, kind: kind, findings: findings, score: 0, verdict: .low, error: nil, failed: false)
        applyGate(thresholds)
    }

    /// Counts each finding's score (one score per rule, see `RuleScoreCap`) and recomputes the file's
    /// score, verdict and gate: again after a baseline suppresses findings or the DNS check adds some.
    public mutating func applyGate(_ thresholds: Thresholds) {
        guard error == nil else { return }
        findings = RuleScoreCap.counted(findings)
        score = Thresholds.score(of: findings)
        verdict = thresholds.verdict(for: score)
        failureReasons = thresholds.failureReasons(for: findings)
        failed = !failureReasons.isEmpty
    }

    /// The findings that count toward the score and the gate (not suppressed inline or by a baseline).
    /// Reporters for people and gates read these; audit formats (JSON, SARIF) show all findings.
    public var countedFindings: [Finding] { findings.filter { $0.suppression == nil } }

    /// How many findings are suppressed.
    public var suppressedCount: Int { findings.count { $0.suppression != nil } }

    public static func failure(path: String, error: String) -> FileReport {
        FileReport(path: path, kind: nil, findings: [], score: 0, verdict: .low, error: error, failed: false)
    }
}
