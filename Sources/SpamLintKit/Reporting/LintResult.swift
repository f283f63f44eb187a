/// What reporters render: every file's report and the run's totals.
public struct LintResult: Sendable {
    public var reports: [FileReport]
    public var summary: LintSummary
    /// Folders inside walks that were not entered (warnings; counted in the summary).
    public var skipped: [SkippedPath]

    public init(reports: [FileReport], skipped: [SkippedPath] = []) {
        self.reports = reports
        self.skipped = skipped
        self.summary = LintSummary(reports: reports, skipped: skipped.count)
    }
}
