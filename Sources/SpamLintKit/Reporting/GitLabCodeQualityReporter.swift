/// GitLab Code Quality (`artifacts: reports: codequality:`): one JSON array with an issue per
/// unsuppressed finding. GitLab collapses issues with the same fingerprint and compares them between
/// the base and head pipelines, so fingerprints ignore line numbers (see `FindingFingerprint`).
/// Unreadable files are not issues (they have no line); they make spamlint exit 2 instead.
@_spi(CLI) public struct GitLabCodeQualityReporter: Reporter {
    @_spi(CLI) public static let identifier = "gitlab"
    @_spi(CLI) public static let summary = "GitLab Code Quality JSON (merge-request widget)"

    @_spi(CLI) public var sourceRoot: String?

    @_spi(CLI) public init(sourceRoot: String? = nil) {
        self.sourceRoot = sourceRoot
    }

    struct Issue: Encodable {
        var type = "issue"
        var description: String
        var checkName: String
        var fingerprint: String
        var severity: String
        var categories: [String]
        var location: Location

        enum CodingKeys: String, CodingKey {
            case type, description, fingerprint, severity, categories, location
            case checkName = "check_name"
        }
    }

    struct Location: Encodable {
        var path: String
        var lines: Lines
    }

    struct Lines: Encodable {
        var begin: Int
    }

    @_spi(CLI) public func render(_ result: LintResult) -> String {
        var issues: [Issue] = []
        for report in result.reports where report.error == nil {
            let path = ArtifactPath(report.path, root: sourceRoot)
            let fingerprints = FindingFingerprint.of(report.findings, path: path)
            for (finding, fingerprint) in zip(report.findings, fingerprints) where finding.suppression == nil {
                issues.append(Issue(description: "\(finding.message) (\(CountedScoreText.string(finding)))",
                                    checkName: finding.rule,
                                    fingerprint: StableHash.hex(of: [fingerprint.value]),
                                    severity: severity(finding.severity),
                                    categories: ["Bug Risk"],
                                    location: Location(path: path.path, lines: Lines(begin: max(1, finding.position.line)))))
            }
        }
        return JSONOutput.string(issues) + "\n"
    }

    /// GitLab's scale is info < minor < major < critical < blocker; errors rank above warnings.
    private func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: "major"
        case .warning: "minor"
        case .info: "info"
        }
    }
}
