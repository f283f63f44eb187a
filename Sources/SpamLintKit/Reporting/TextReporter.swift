/// Compiler-style lines (`path:line:col: warning: message [rule-id +1.5]`) and a total per file.
public struct TextReporter: Reporter {
    public static let identifier = "text"
    public static let summary = "compiler-style lines and a score per file (default)"

    public var colored: Bool
    /// Print failing files only.
    public var quiet: Bool

    public init(colored: Bool = false, quiet: Bool = false) {
        self.colored = colored
        self.quiet = quiet
    }

    public func render(_ result: LintResult) -> String {
        var output = ""
        for report in result.reports where !quiet || report.failed || report.error != nil {
            output += render(report)
        }
        let summary = result.summary
        output += "\(summary.files) file\(summary.files == 1 ? "" : "s") linted, \(summary.findings) finding\(summary.findings == 1 ? "" : "s"), "
            + "\(summary.failed) failed, \(summary.errors) error\(summary.errors == 1 ? "" : "s")"
            + (summary.suppressed > 0 ? ", \(summary.suppressed) suppressed\n" : "\n")
        return output
    }

    func render(_ report: FileReport) -> String {
        let path = TerminalSafe.clean(report.path)
        if let error = report.error {
            return "\(path): \(paint("error", .red)): \(TerminalSafe.clean(error))\n"
        }
        var output = ""
        // Suppressed findings are for audits (JSON, SARIF); here they are only counted.
        for finding in report.countedFindings {
            let column = finding.position.column > 0 ? "\(finding.position.column)" : "1"
            output += "\(path):\(finding.position.line):\(column): \(paint(finding.severity.rawValue, color(finding.severity))): "
                + "\(TerminalSafe.clean(finding.message)) [\(finding.rule) +\(ScoreFormat.string(finding.score))]\n"
        }
        let status = report.failed ? paint("FAIL", .red) : paint("ok", .green)
        let suppressed = report.suppressedCount
        output += "\(path): score \(ScoreFormat.string(report.score)) (\(report.verdict.rawValue)) \(status)"
            + (suppressed > 0 ? ", \(suppressed) suppressed\n" : "\n")
        return output
    }

    private enum ANSIColor: String {
        case red = "31"
        case yellow = "33"
        case cyan = "36"
        case green = "32"
    }

    private func color(_ severity: Severity) -> ANSIColor {
        switch severity {
        case .error: .red
        case .warning: .yellow
        case .info: .cyan
        }
    }

    private func paint(_ text: String, _ color: ANSIColor) -> String {
        colored ? "\u{1B}[\(color.rawValue)m\(text)\u{1B}[0m" : text
    }
}
