/// JUnit XML for test-report views (GitLab `reports:junit`, Jenkins, Azure): one test case per file,
/// so "N tests" counts the files linted; a file that fails the gate has one `<failure>` listing its
/// findings, an unreadable file an `<error>`. Findings of passing files go to `<system-out>`.
@_spi(CLI) public struct JUnitReporter: Reporter {
    @_spi(CLI) public static let identifier = "junit"
    @_spi(CLI) public static let summary = "JUnit XML, one test case per file (GitLab reports:junit, Jenkins)"

    @_spi(CLI) public init() {}

    @_spi(CLI) public func render(_ result: LintResult) -> String {
        let summary = result.summary
        let counts = "tests=\"\(summary.files)\" failures=\"\(summary.failed)\" errors=\"\(summary.errors)\""
        var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        output += "<testsuites name=\"spamlint\" \(counts)>\n"
        output += "  <testsuite name=\"spamlint\" \(counts) skipped=\"0\">\n"
        for report in result.reports {
            output += testCase(report)
        }
        return output + "  </testsuite>\n</testsuites>\n"
    }

    private func testCase(_ report: FileReport) -> String {
        let path = XMLText.attribute(report.path)
        var output = "    <testcase classname=\"spamlint\" name=\"\(path)\" file=\"\(path)\""
        if let error = report.error {
            return output + ">\n      <error type=\"read-error\" message=\"\(XMLText.attribute(error))\">\(XMLText.content(error))</error>\n    </testcase>\n"
        }
        let findings = report.findings.filter { $0.suppression == nil }
        if report.failed {
            let message = report.failureReasons.isEmpty ? "fails the gate" : report.failureReasons.joined(separator: "; ")
            output += ">\n      <failure type=\"spamlint\" message=\"\(XMLText.attribute(message))\">"
            output += XMLText.content(body(report.path, findings)) + "</failure>\n    </testcase>\n"
        } else if !findings.isEmpty {
            output += ">\n      <system-out>" + XMLText.content(body(report.path, findings)) + "</system-out>\n    </testcase>\n"
        } else {
            output += "/>\n"
        }
        return output
    }

    /// Compiler-style lines, as the text format prints them.
    private func body(_ path: String, _ findings: [Finding]) -> String {
        findings.map { finding in
            let column = finding.position.column > 0 ? finding.position.column : 1
            return "\(path):\(finding.position.line):\(column): \(finding.severity.rawValue): \(finding.message) [\(finding.rule) \(CountedScoreText.string(finding))]\n"
        }.joined()
    }
}
