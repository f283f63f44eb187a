/// Compiler-style lines (`path:line:col: warning: message [rule-id +1.5]`, a repeat of a rule that
/// already scored the file `[rule-id +0, counted once]`) and a total per file.
@_spi(CLI) public struct TextReporter: Reporter {
    @_spi(CLI) public static let identifier = "text"
    @_spi(CLI) public static let summary = "compiler-style lines and a score per file (default)"

    @_spi(CLI) public var colored: Bool
    /// Print failing files only.
    @_spi(CLI) public var quiet: Bool

    /// `--show-source`: the source text of each file, by report path, so each finding shows its
    /// line with a caret and the `spamlint explain` command; nil shows none.
    @_spi(CLI) public var source: (@Sendable (String) -> String?)?

    @_spi(CLI) public init(colored: Bool = false, quiet: Bool = false, source: (@Sendable (String) -> String?)? = nil) {
        self.colored = colored
        self.quiet = quiet
        self.source = source
    }

    @_spi(CLI) public func render(_ result: LintResult) -> String {
        var output = ""
        // Sized once: a run's report is megabytes, and growing it by doubling copied it again and again.
        var estimate = 128
        for report in result.reports where !quiet || report.failed || report.error != nil {
            estimate += (report.path.utf8.count + 48) * (report.findings.count + 1) + (report.error?.utf8.count ?? 0)
            for finding in report.findings { estimate += finding.message.utf8.count + finding.rule.utf8.count + (colored ? 16 : 0) }
        }
        output.reserveCapacity(estimate)
        for report in result.reports where !quiet || report.failed || report.error != nil {
            append(report, to: &output)
        }
        let summary = result.summary
        for skipped in result.skipped {
            output += TerminalSafe.clean(skipped.path)
            output += ": "
            appendPainted("warning", .yellow, to: &output)
            output += ": folder not entered: "
            output += TerminalSafe.clean(skipped.reason)
            output += "\n"
        }
        output += "\(summary.files) file\(summary.files == 1 ? "" : "s") linted, \(summary.findings) finding\(summary.findings == 1 ? "" : "s"), "
            + "\(summary.failed) failed, \(summary.errors) error\(summary.errors == 1 ? "" : "s")"
            + (summary.suppressed > 0 ? ", \(summary.suppressed) suppressed" : "")
            + (summary.skipped > 0 ? ", \(summary.skipped) folder\(summary.skipped == 1 ? "" : "s") skipped\n" : "\n")
        return output
    }

    func render(_ report: FileReport) -> String {
        var output = ""
        append(report, to: &output)
        return output
    }

    /// Appends piece by piece to one growing string: a run prints tens of thousands of lines, and
    /// building each through interpolation and `+` made a handful of short-lived strings per line.
    private func append(_ report: FileReport, to output: inout String) {
        let path = TerminalSafe.clean(report.path)
        if let error = report.error {
            output += path
            output += ": "
            appendPainted("error", .red, to: &output)
            output += ": "
            output += TerminalSafe.clean(error)
            output += "\n"
            return
        }
        // Suppressed findings are for audits (JSON, SARIF); here they are only counted.
        var suppressed = 0
        let lines = source.flatMap { $0(report.path) }.map(SourceExcerpt.lines)
        for finding in report.findings {
            if finding.suppression != nil {
                suppressed += 1
                continue
            }
            output += path
            output += ":"
            output += String(finding.position.line)
            output += ":"
            output += finding.position.column > 0 ? String(finding.position.column) : "1"
            output += ": "
            appendPainted(finding.severity.rawValue, color(finding.severity), to: &output)
            output += ": "
            output += TerminalSafe.clean(finding.message)
            output += " ["
            output += finding.rule
            output += " "
            output += CountedScoreText.string(finding)
            output += "]\n"
            if let lines { SourceExcerpt.append(finding, lines: lines, to: &output) }
        }
        output += path
        output += ": score "
        output += ScoreFormat.string(report.score)
        output += " ("
        output += report.verdict.rawValue
        output += ") "
        if report.failed { appendPainted("FAIL", .red, to: &output) } else { appendPainted("ok", .green, to: &output) }
        output += suppressed > 0 ? ", \(suppressed) suppressed\n" : "\n"
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

    private func appendPainted(_ text: String, _ color: ANSIColor, to output: inout String) {
        guard colored else {
            output += text
            return
        }
        output += "\u{1B}["
        output += color.rawValue
        output += "m"
        output += text
        output += "\u{1B}[0m"
    }
}
