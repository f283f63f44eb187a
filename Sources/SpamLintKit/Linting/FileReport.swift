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
    /// True when the file fails the gate (score at or above the fail score, or an error finding).
    public var failed: Bool

    public init(path: String, kind: DocumentKind?, findings: [Finding], score: Double, verdict: Verdict, error: String?, failed: Bool) {
        self.path = path
        self.kind = kind
        self.findings = findings
        self.score = score
        self.verdict = verdict
        self.error = error
        self.failed = failed
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
