import Foundation

/// The JSON contract: `{"tool", "files": [{"path", "kind", "score", "verdict", "findings", "error"}], "summary"}`.
public struct JSONReporter: Reporter {
    public static let identifier = "json"
    public static let summary = "one JSON document (the stable contract for scripts)"

    public init() {}

    struct Document: Encodable {
        var tool: Tool
        var files: [File]
        var summary: LintSummary
    }

    struct Tool: Encodable {
        var name = "spamlint"
        var version = SpamLintVersion.current
    }

    struct File: Encodable {
        var path: String
        var kind: DocumentKind?
        var score: Double
        var verdict: Verdict
        var failed: Bool
        var findings: [FindingEntry]
        var error: String?

        enum CodingKeys: String, CodingKey {
            case path, kind, score, verdict, failed, findings, error
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(path, forKey: .path)
            try container.encode(kind, forKey: .kind)
            try container.encode(score, forKey: .score)
            try container.encode(verdict, forKey: .verdict)
            try container.encode(failed, forKey: .failed)
            try container.encode(findings, forKey: .findings)
            try container.encode(error, forKey: .error)
        }
    }

    struct FindingEntry: Encodable {
        var rule: String
        var category: RuleCategory
        var severity: Severity
        var score: Double
        var message: String
        var line: Int
        var column: Int
        var evidence: String
        /// Present only for a suppressed finding: `{"kind": "inline"|"baseline", "reason": …}`.
        var suppression: FindingSuppression?
    }

    public func render(_ result: LintResult) -> String {
        let document = Document(tool: Tool(), files: result.reports.map(file), summary: result.summary)
        return JSONOutput.string(document, trailingNewline: true)
    }

    private func file(_ report: FileReport) -> File {
        File(path: report.path, kind: report.kind, score: report.score, verdict: report.verdict, failed: report.failed,
             findings: report.findings.map {
                 FindingEntry(rule: $0.rule, category: $0.category, severity: $0.severity, score: $0.score, message: $0.message,
                              line: $0.position.line, column: $0.position.column, evidence: $0.evidence,
                              suppression: $0.suppression)
             }, error: report.error)
    }
}
