import Foundation
import Testing
@_spi(CLI) @testable import SpamLintKit

/// How reports show one score per rule: the finding that counted with its points, repeats at 0
/// with the reason, and JSON/SARIF with both the counted and the finding's own score.
struct CountedScoreReportingTests {
    static var result: LintResult {
        let findings = [
            Finding(rule: "link-shortener", category: .links, severity: .warning, score: 1.5, message: "first",
                    position: SourcePosition(line: 2, column: 3), evidence: "https://bit.ly/a"),
            Finding(rule: "link-shortener", category: .links, severity: .warning, score: 1.5, message: "second",
                    position: SourcePosition(line: 5, column: 3), evidence: "https://bit.ly/b"),
        ] + (1...3).map { line in
            Finding(rule: "spam-phrases", category: .content, severity: .info, score: 0.4, maxScore: 1.0, message: "phrase \(line)",
                    position: SourcePosition(line: 10 + line, column: 1), evidence: "act now")
        }
        return LintResult(reports: [FileReport(path: "t.html", kind: .template, findings: findings, thresholds: Thresholds())])
    }

    @Test func textShowsTheCountedFindingAndWhyRepeatsAddNothing() {
        let lines = TextReporter().render(Self.result).split(separator: "\n").map(String.init)
        #expect(lines[0] == "t.html:2:3: warning: first [link-shortener +1.5]")
        #expect(lines[1] == "t.html:5:3: warning: second [link-shortener +0.0, counted once]")
        #expect(lines[2] == "t.html:11:1: info: phrase 1 [spam-phrases +0.4]")
        #expect(lines[4] == "t.html:13:1: info: phrase 3 [spam-phrases +0.2, max-score 1.0 reached]")
        #expect(lines[5] == "t.html: score 2.5 (elevated) ok")
    }

    @Test func jsonGivesTheCountedScoreAndTheFindingsOwn() throws {
        let object = try JSONSerialization.jsonObject(with: Data(JSONReporter().render(Self.result).utf8)) as? [String: Any]
        let file = try #require((object?["files"] as? [[String: Any]])?.first)
        let findings = try #require(file["findings"] as? [[String: Any]])
        #expect(findings.map { $0["score"] as? Double } == [1.5, 0, 0.4, 0.4, 0.2])
        #expect(findings.map { $0["baseScore"] as? Double } == [1.5, 1.5, 0.4, 0.4, 0.4])
        #expect(file["score"] as? Double == 2.5, "the file's score is the sum of its findings' scores")
    }

    @Test func sarifCarriesBothScoresAndTheCap() throws {
        let rules = [LinkShortenerRule().description] + RuleCatalog.builtIn.map(\.description).filter { $0.id == "spam-phrases" }
        let object = try JSONSerialization.jsonObject(with: Data(SARIFReporter(rules: rules).render(Self.result).utf8)) as? [String: Any]
        let run = try #require((object?["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        let properties = results.compactMap { $0["properties"] as? [String: Any] }
        #expect(properties.map { $0["score"] as? Double } == [1.5, 0, 0.4, 0.4, 0.2])
        #expect(properties.map { $0["baseScore"] as? Double } == [1.5, 1.5, 0.4, 0.4, 0.4])
        let driverRules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        let caps = driverRules.map { ($0["id"] as? String ?? "", ($0["properties"] as? [String: Any])?["maxScore"] as? Double) }
        #expect(caps.map(\.0) == ["link-shortener", "spam-phrases"])
        #expect(caps.map(\.1) == [nil, 1.0])
    }
}
