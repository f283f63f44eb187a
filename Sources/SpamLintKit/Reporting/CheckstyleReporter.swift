/// Checkstyle XML, which Jenkins (warnings-ng), SonarQube, reviewdog and most CI dashboards import:
/// `<file name>` per linted file with an `<error line column severity message source>` per finding.
@_spi(CLI) public struct CheckstyleReporter: Reporter {
    @_spi(CLI) public static let identifier = "checkstyle"
    @_spi(CLI) public static let summary = "Checkstyle XML (Jenkins warnings-ng, SonarQube, reviewdog)"

    @_spi(CLI) public init() {}

    @_spi(CLI) public func render(_ result: LintResult) -> String {
        var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n"
        for report in result.reports {
            output += "  <file name=\"\(XMLText.attribute(report.path))\">\n"
            if let error = report.error {
                // Checkstyle's own convention for a file it could not process.
                output += "    <error line=\"1\" severity=\"error\" message=\"\(XMLText.attribute(error))\" source=\"spamlint.read-error\"/>\n"
            }
            for finding in report.findings where finding.suppression == nil {
                let column = finding.position.column > 0 ? " column=\"\(finding.position.column)\"" : ""
                output += "    <error line=\"\(max(1, finding.position.line))\"\(column) severity=\"\(finding.severity.rawValue)\" "
                    + "message=\"\(XMLText.attribute(finding.message + " (" + CountedScoreText.string(finding) + ")"))\" "
                    + "source=\"spamlint.\(XMLText.attribute(finding.rule))\"/>\n"
            }
            output += "  </file>\n"
        }
        return output + "</checkstyle>\n"
    }
}
