/// Totals over a run.
public struct LintSummary: Sendable, Hashable, Codable {
    public var files: Int
    public var findings: Int
    public var failed: Int
    public var errors: Int

    public init(reports: [FileReport]) {
        files = reports.count
        findings = reports.reduce(0) { $0 + $1.findings.count }
        failed = reports.filter(\.failed).count
        errors = reports.filter { $0.error != nil }.count
    }
}
