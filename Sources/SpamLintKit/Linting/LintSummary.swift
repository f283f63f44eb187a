/// Totals over a run.
public struct LintSummary: Sendable, Hashable, Codable {
    public var files: Int
    /// Findings that count (not suppressed).
    public var findings: Int
    /// Findings suppressed inline or by the baseline.
    public var suppressed: Int
    public var failed: Int
    public var errors: Int

    public init(reports: [FileReport]) {
        files = reports.count
        findings = reports.reduce(0) { $0 + $1.countedFindings.count }
        suppressed = reports.reduce(0) { $0 + $1.suppressedCount }
        failed = reports.filter(\.failed).count
        errors = reports.filter { $0.error != nil }.count
    }
}
