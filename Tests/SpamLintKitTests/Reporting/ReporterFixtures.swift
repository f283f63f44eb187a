import Foundation
@_spi(CLI) @testable import SpamLintKit

/// A fixed lint result full of what email content can throw at a report: quotes, markup, `%`,
/// CR/LF, commas and colons (GitHub properties), NUL/ESC/other controls XML 1.0 cannot carry,
/// U+FFFE, a replacement character from undecodable bytes, bidi overrides and emoji.
enum ReporterFixtures {
    static let hostile = "Say \"hi\" & <b>'bye'</b> 100% off,: now\r\nnext\u{0}nul\u{1B}[31mesc\u{7}\u{FFFE}\u{FFFD}\u{202E}evil \u{1F4E7} tab\there"
    static let hostilePath = "mails/we,ird:na%me <&>\".html"

    static func finding(_ rule: String, _ severity: Severity, line: Int, column: Int = 0, score: Double = 1.5,
                        message: String = "message", evidence: String = "evidence", suppression: FindingSuppression? = nil) -> Finding {
        Finding(rule: rule, category: .links, severity: severity, score: score, message: message,
                position: SourcePosition(line: line, column: column), evidence: evidence, suppression: suppression)
    }

    static let hostileFindings: [Finding] = [
        finding("link-shortener", .warning, line: 3, column: 7, message: hostile, evidence: "https://bit.ly/x?a=1&b=\"2\""),
        finding("html-script", .error, line: 9, score: 3, message: "<script> & \"quotes\"", evidence: "<script>"),
        finding("unsubscribe-link-missing", .info, line: 0, score: 0.5, message: "no unsubscribe link", evidence: ""),
    ]

    static let thresholds = Thresholds()

    static var result: LintResult {
        let suppressed = [
            finding("link-shortener", .warning, line: 2, column: 1, evidence: "https://tinyurl.com/a",
                    suppression: FindingSuppression(kind: .inline, reason: "approved by \"legal\" <ok>")),
            finding("html-script", .error, line: 4, score: 3, evidence: "<form>", suppression: FindingSuppression(kind: .baseline)),
            finding("image-only", .info, line: 5, column: 2, score: 0.5, message: "few words", evidence: "2 images"),
        ]
        return LintResult(reports: [
            FileReport(path: hostilePath, kind: .template, findings: hostileFindings, thresholds: thresholds),
            FileReport(path: "./ok/clean.html", kind: .template, findings: [], thresholds: thresholds),
            FileReport(path: "ok/suppressed.eml", kind: .message, findings: suppressed, thresholds: thresholds),
            .failure(path: "gone/missing.html", error: "cannot read file: \(hostile)"),
        ])
    }

    /// What XML must carry of `text` once characters XML 1.0 forbids are replaced.
    static func xmlSafe(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar -> Unicode.Scalar in
            switch scalar.value {
            case 0x9, 0xA, 0xD, 0x20...0xFFFD, 0x10000...0x10FFFF: scalar
            default: "\u{FFFD}"
            }
        }))
    }
}
