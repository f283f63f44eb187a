import Foundation

/// The JSON contract: `{"tool", "files": [{"path", "kind", "score", "verdict", "findings", "error"}], "skipped"?, "summary"}`.
@_spi(CLI) public struct JSONReporter: Reporter {
    @_spi(CLI) public static let identifier = "json"
    @_spi(CLI) public static let summary = "one JSON document (the stable contract for scripts)"

    @_spi(CLI) public init() {}

    struct Document: Encodable {
        var tool: Tool
        var files: [File]
        /// Folders inside walks that were not entered; written only when there are some.
        var skipped: [SkippedPath]?
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
        /// What the finding adds to the file's score: 0 for a repeat of a rule that already scored
        /// the file (one score per rule) and for a suppressed finding.
        var score: Double
        /// What the finding weighs on its own: the rule's score, scaled for a weaker or stronger variant.
        var baseScore: Double
        var message: String
        var line: Int
        var column: Int
        var evidence: String
        /// Present only for a suppressed finding: `{"kind": "inline"|"baseline", "reason": …}`.
        var suppression: FindingSuppression?
    }

    /// Byte for byte what encoding the whole `Document` gives (a test holds the two equal), but
    /// encoded one file at a time: JSONEncoder builds a value tree of its whole input first, which for
    /// a run over thousands of files held several times the finished report in memory.
    @_spi(CLI) public func render(_ result: LintResult) -> String {
        guard !result.reports.isEmpty else { return wholeDocument(result) }
        var output = "{\n  \"files\" : [\n"
        for (index, report) in result.reports.enumerated() {
            if index > 0 { output += ",\n" }
            JSONReporter.append(JSONOutput.string(file(report)), indentedBy: "    ", indentingFirstLine: true, to: &output)
        }
        output += "\n  ],\n"
        if !result.skipped.isEmpty {
            output += "  \"skipped\" : "
            JSONReporter.append(JSONOutput.string(result.skipped), indentedBy: "  ", indentingFirstLine: false, to: &output)
            output += ",\n"
        }
        output += "  \"summary\" : "
        JSONReporter.append(JSONOutput.string(result.summary), indentedBy: "  ", indentingFirstLine: false, to: &output)
        output += ",\n  \"tool\" : "
        JSONReporter.append(JSONOutput.string(Tool()), indentedBy: "  ", indentingFirstLine: false, to: &output)
        output += "\n}\n"
        return output
    }

    /// The reference encoding `render` must equal.
    func wholeDocument(_ result: LintResult) -> String {
        JSONOutput.string(Document(tool: Tool(), files: result.reports.map(file), skipped: result.skipped.isEmpty ? nil : result.skipped,
                                   summary: result.summary), trailingNewline: true)
    }

    /// Nests a pretty-printed JSON value: every line but (optionally) the first moves right by `indent`.
    /// Line breaks only occur between tokens (strings escape theirs, and the encoder writes no raw CR), so
    /// this cannot touch a value, and the lines can be cut at newline bytes without a grapheme walk.
    static func append(_ json: String, indentedBy indent: String, indentingFirstLine: Bool, to output: inout String) {
        let utf8 = json.utf8
        var lineStart = utf8.startIndex
        var first = true
        while true {
            let lineEnd = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            if !first { output += "\n" }
            if (!first || indentingFirstLine), lineStart != lineEnd { output += indent }
            output += json[lineStart..<lineEnd]
            first = false
            guard lineEnd != utf8.endIndex else { return }
            lineStart = utf8.index(after: lineEnd)
        }
    }

    private func file(_ report: FileReport) -> File {
        File(path: report.path, kind: report.kind, score: report.score, verdict: report.verdict, failed: report.failed,
             findings: report.findings.map {
                 FindingEntry(rule: $0.rule, category: $0.category, severity: $0.severity, score: $0.score, baseScore: $0.baseScore, message: $0.message,
                              line: $0.position.line, column: $0.position.column, evidence: $0.evidence,
                              suppression: $0.suppression)
             }, error: report.error)
    }
}
