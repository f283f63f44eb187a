/// GitHub Actions annotations: a workflow command per unsuppressed finding (`error`, `warning` or
/// `notice` by severity) so it shows on the pull request's diff, and a plain line per file with its
/// total, because GitHub shows only 10 errors and 10 warnings per step and the log must still say
/// everything.
@_spi(CLI) public struct GitHubActionsReporter: Reporter {
    @_spi(CLI) public static let identifier = "github"
    @_spi(CLI) public static let summary = "GitHub Actions annotations (::error file=…::) and a total per file"

    @_spi(CLI) public var sourceRoot: String?

    /// `sourceRoot` is the directory the job runs in (the checkout), against which absolute paths are made relative.
    @_spi(CLI) public init(sourceRoot: String? = nil) {
        self.sourceRoot = sourceRoot
    }

    @_spi(CLI) public func render(_ result: LintResult) -> String {
        var output = ""
        for report in result.reports {
            let file = TerminalSafe.clean(ArtifactPath(report.path, root: sourceRoot).path, keepingLineBreaks: true)
            if let error = report.error {
                output += GitHubWorkflowCommand(command: "error", properties: [("file", file), ("title", "spamlint: file not linted")],
                                                message: annotationText(error)).line + "\n"
                output += plain("\(report.path): error: \(error)")
                continue
            }
            for finding in report.findings where finding.suppression == nil {
                let properties: [(key: String, value: String)] = [
                    ("file", file),
                    ("line", "\(max(1, finding.position.line))"),
                    ("col", finding.position.column > 0 ? "\(finding.position.column)" : ""),
                    ("title", "spamlint \(finding.rule) (\(CountedScoreText.string(finding)))"),
                ]
                output += GitHubWorkflowCommand(command: command(finding.severity), properties: properties,
                                                message: annotationText(finding.message)).line + "\n"
            }
            let findings = report.findings.filter { $0.suppression == nil }.count
            output += plain("\(report.path): score \(ScoreFormat.string(report.score)) (\(report.verdict.rawValue)), "
                + "\(findings) finding\(findings == 1 ? "" : "s") \(report.failed ? "FAIL" : "ok")")
        }
        let summary = result.summary
        output += plain("spamlint: \(summary.files) file\(summary.files == 1 ? "" : "s") linted, \(summary.failed) failed, "
            + "\(summary.errors) error\(summary.errors == 1 ? "" : "s")")
        return output
    }

    private func command(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "notice"
        }
    }

    /// The runner echoes annotations into the log, whose viewer renders ANSI escapes: control
    /// characters and bidi overrides from email content are neutralized; CR/LF stay, to be escaped.
    private func annotationText(_ text: String) -> String {
        TerminalSafe.clean(text, keepingLineBreaks: true)
    }

    /// A log line that the runner must not read as a command: control characters (CR/LF among them)
    /// are neutralized, and a line that would start with `::` is indented.
    private func plain(_ text: String) -> String {
        let clean = TerminalSafe.clean(text)
        return (clean.hasPrefix("::") ? " " + clean : clean) + "\n"
    }
}
