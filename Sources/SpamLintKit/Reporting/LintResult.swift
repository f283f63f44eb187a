/// What reporters render: every file's report and the run's totals.
public struct LintResult: Sendable {
    public var reports: [FileReport]
    public var summary: LintSummary

    public init(reports: [FileReport]) {
        self.reports = reports
        self.summary = LintSummary(reports: reports)
    }
}
