import Foundation
import Testing
@_spi(CLI) @testable import SpamLintKit

struct GitLabCodeQualityReporterTests {
    static func issues(_ result: LintResult, root: String? = "/work/repo") throws -> [[String: Any]] {
        let output = GitLabCodeQualityReporter(sourceRoot: root).render(result)
        #expect(!output.hasPrefix("\u{FEFF}"), "GitLab rejects a byte order mark")
        return try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
    }

    @Test func issuesHaveTheFieldsGitLabRequires() throws {
        let issues = try Self.issues(ReporterFixtures.result)
        #expect(issues.count == 4, "suppressed findings and unreadable files are left out")
        for issue in issues {
            #expect((issue["description"] as? String)?.isEmpty == false)
            #expect((issue["check_name"] as? String)?.isEmpty == false)
            let fingerprint = issue["fingerprint"] as? String ?? ""
            #expect(fingerprint.count == 16 && fingerprint.allSatisfy(\.isHexDigit) && fingerprint == fingerprint.lowercased())
            #expect(["info", "minor", "major", "critical", "blocker"].contains(issue["severity"] as? String ?? ""))
            let location = issue["location"] as? [String: Any]
            #expect((location?["path"] as? String)?.hasPrefix("/") == false)
            #expect(((location?["lines"] as? [String: Any])?["begin"] as? Int ?? 0) >= 1)
        }
        let fingerprints = issues.compactMap { $0["fingerprint"] as? String }
        #expect(Set(fingerprints).count == fingerprints.count, "GitLab collapses equal fingerprints")
        let hostile = try #require(issues.first { $0["check_name"] as? String == "link-shortener" })
        #expect(hostile["description"] as? String == ReporterFixtures.hostile + " (+1.5)")
        #expect(hostile["severity"] as? String == "minor")
        #expect((hostile["location"] as? [String: Any])?["path"] as? String == ReporterFixtures.hostilePath)
        #expect(issues.first { $0["check_name"] as? String == "html-script" }?["severity"] as? String == "major")
        #expect(issues.first { $0["check_name"] as? String == "image-only" }?["location"].flatMap { ($0 as? [String: Any])?["path"] } as? String
                == "ok/suppressed.eml")
    }

    @Test func fingerprintsIgnoreLineNumbers() throws {
        let finding = ReporterFixtures.finding("link-shortener", .warning, line: 3, evidence: "https://bit.ly/a")
        var moved = finding
        moved.position = SourcePosition(line: 40, column: 2)
        func fingerprint(_ finding: Finding) throws -> String? {
            try Self.issues(LintResult(reports: [FileReport(path: "a.html", kind: .template, findings: [finding], thresholds: Thresholds())]))
                .first?["fingerprint"] as? String
        }
        #expect(try fingerprint(finding) != nil)
        #expect(try fingerprint(finding) == fingerprint(moved))
        var other = finding
        other.evidence = "https://bit.ly/b"
        #expect(try fingerprint(finding) != fingerprint(other))
    }

    @Test func noFindingsIsAnEmptyArray() throws {
        #expect(try Self.issues(LintResult(reports: [])).isEmpty)
    }
}
