import Foundation
import Testing
@_spi(CLI) @testable import SpamLintKit

struct SARIFReporterTests {
    static let root = "/work/repo"

    static func render(_ result: LintResult = ReporterFixtures.result, root: String? = SARIFReporterTests.root) -> String {
        SARIFReporter(sourceRoot: root).render(result)
    }

    static func run(_ sarif: String) throws -> [String: Any] {
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let runs = try #require(log["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        return runs[0]
    }

    static func results(_ run: [String: Any]) -> [[String: Any]] { run["results"] as? [[String: Any]] ?? [] }

    @Test func driverDescribesEveryRuleWithWhatCodeScanningNeeds() throws {
        let run = try Self.run(Self.render())
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "spamlint")
        #expect(driver["version"] as? String == SpamLintVersion.current)
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let ids = rules.compactMap { $0["id"] as? String }
        #expect(Set(BuiltInRules.all.map(\.description.id)).isSubset(of: Set(ids)))
        #expect(Set(ids).count == ids.count, "rule ids are unique")
        for rule in rules {
            let name = rule["name"] as? String ?? ""
            #expect(!name.isEmpty && !name.contains(" "), "name is an identifier: \(name)")
            #expect(((rule["shortDescription"] as? [String: Any])?["text"] as? String)?.isEmpty == false)
            let full = (rule["fullDescription"] as? [String: Any])?["text"] as? String ?? ""
            #expect(!full.isEmpty && full.count <= 1024)
            let help = rule["help"] as? [String: Any]
            #expect((help?["text"] as? String)?.isEmpty == false)
            #expect((help?["markdown"] as? String)?.contains("**Fix:**") == true)
            #expect(["error", "warning", "note"].contains((rule["defaultConfiguration"] as? [String: Any])?["level"] as? String ?? ""))
            let properties = rule["properties"] as? [String: Any]
            #expect(properties?["category"] is String && properties?["score"] is Double)
        }
        let shortener = try #require(rules.first { $0["id"] as? String == "link-shortener" })
        let description = try #require(BuiltInRules.all.first { $0.description.id == "link-shortener" }?.description)
        #expect((shortener["fullDescription"] as? [String: Any])?["text"] as? String == description.rationale)
    }

    @Test func everyResultPointsAtItsRuleAndOneRepositoryRelativeLocation() throws {
        let run = try Self.run(Self.render())
        let rules = ((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]] ?? []
        let results = Self.results(run)
        #expect(results.count == 6, "every finding of readable files, suppressed ones included")
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
            let locations = try #require(result["locations"] as? [[String: Any]])
            #expect(locations.count == 1)
            let physical = locations[0]["physicalLocation"] as? [String: Any]
            let artifact = physical?["artifactLocation"] as? [String: Any]
            #expect(artifact?["uriBaseId"] as? String == "%SRCROOT%")
            let uri = artifact?["uri"] as? String ?? ""
            #expect(!uri.hasPrefix("/") && !uri.hasPrefix("./"))
            let region = physical?["region"] as? [String: Any]
            #expect((region?["startLine"] as? Int ?? 0) >= 1)
            if let column = region?["startColumn"] { #expect(column as? Int ?? 0 >= 1) }
            #expect((result["properties"] as? [String: Any])?["score"] is Double)
        }
        let bases = run["originalUriBaseIds"] as? [String: [String: Any]]
        #expect(bases?["%SRCROOT%"]?["uri"] as? String == "file:///work/repo/")
    }

    @Test func locationsLevelsAndMessagesAreFaithful() throws {
        let results = Self.results(try Self.run(Self.render()))
        let hostile = try #require(results.first { $0["ruleId"] as? String == "link-shortener" && ($0["suppressions"] == nil) })
        #expect((hostile["message"] as? [String: Any])?["text"] as? String == ReporterFixtures.hostile)
        #expect(hostile["level"] as? String == "warning")
        let location = ((hostile["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((location?["artifactLocation"] as? [String: Any])?["uri"] as? String == "mails/we,ird%3Ana%25me%20%3C&%3E%22.html")
        #expect((location?["region"] as? [String: Any])?["startLine"] as? Int == 3)
        #expect((location?["region"] as? [String: Any])?["startColumn"] as? Int == 7)

        let info = try #require(results.first { $0["ruleId"] as? String == "unsubscribe-link-missing" })
        #expect(info["level"] as? String == "note")
        let region = ((info["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Any]
        #expect(region?["startLine"] as? Int == 1, "line 0 (unknown) becomes 1: SARIF lines are 1-based")
        #expect(region?["startColumn"] == nil, "an unknown column is left out")
    }

    @Test func suppressedFindingsCarrySARIFSuppressions() throws {
        let results = Self.results(try Self.run(Self.render()))
        let inline = try #require(results.first { ($0["properties"] as? [String: Any])?["evidence"] as? String == "https://tinyurl.com/a" })
        let inlineSuppression = (inline["suppressions"] as? [[String: Any]])?.first
        #expect(inlineSuppression?["kind"] as? String == "inSource")
        #expect(inlineSuppression?["justification"] as? String == "approved by \"legal\" <ok>")
        let baseline = try #require(results.first { ($0["properties"] as? [String: Any])?["evidence"] as? String == "<form>" })
        let baselineSuppression = (baseline["suppressions"] as? [[String: Any]])?.first
        #expect(baselineSuppression?["kind"] as? String == "external")
        #expect(baselineSuppression?["justification"] == nil)
        let unsuppressed = try #require(results.first { $0["ruleId"] as? String == "image-only" })
        #expect(unsuppressed["suppressions"] == nil)
    }

    @Test func unreadableFilesAreToolNotifications() throws {
        let run = try Self.run(Self.render())
        let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["executionSuccessful"] as? Bool == false)
        let notifications = try #require(invocation["toolExecutionNotifications"] as? [[String: Any]])
        #expect(notifications.count == 1)
        #expect(notifications[0]["level"] as? String == "error")
        #expect(((notifications[0]["message"] as? [String: Any])?["text"] as? String)?.hasPrefix("cannot read file") == true)

        let clean = try Self.run(Self.render(LintResult(reports: [FileReport(path: "a.html", kind: .template, findings: [], thresholds: Thresholds())])))
        #expect((clean["invocations"] as? [[String: Any]])?.first?["executionSuccessful"] as? Bool == true)
        #expect(Self.results(clean).isEmpty)
    }

    @Test func absolutePathsInsideTheRootBecomeRelativeAndOthersFileURIs() throws {
        let findings = [ReporterFixtures.finding("link-shortener", .warning, line: 1)]
        let result = LintResult(reports: [
            FileReport(path: "/work/repo/emails/a.html", kind: .template, findings: findings, thresholds: Thresholds()),
            FileReport(path: "/elsewhere/b.html", kind: .template, findings: findings, thresholds: Thresholds()),
        ])
        let artifacts = Self.results(try Self.run(Self.render(result))).map {
            (($0["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any]
        }
        #expect(artifacts[0]?["uri"] as? String == "emails/a.html")
        #expect(artifacts[0]?["uriBaseId"] as? String == "%SRCROOT%")
        #expect(artifacts[1]?["uri"] as? String == "file:///elsewhere/b.html")
        #expect(artifacts[1]?["uriBaseId"] == nil)
    }

    static func fingerprints(_ findings: [Finding], path: String = "a.html") throws -> [String] {
        let result = LintResult(reports: [FileReport(path: path, kind: .template, findings: findings, thresholds: Thresholds())])
        return Self.results(try Self.run(Self.render(result))).compactMap {
            ($0["partialFingerprints"] as? [String: String])?["primaryLocationLineHash"]
        }
    }

    @Test func fingerprintsSurviveLineShiftsAndTellFindingsApart() throws {
        let before = [
            ReporterFixtures.finding("link-shortener", .warning, line: 3, column: 5, evidence: "https://bit.ly/a"),
            ReporterFixtures.finding("link-shortener", .warning, line: 8, column: 5, evidence: "https://bit.ly/b"),
            ReporterFixtures.finding("link-shortener", .warning, line: 9, column: 5, evidence: "https://bit.ly/b"),
        ]
        // Ten lines inserted above every finding, and a column change.
        let after = before.map { finding -> Finding in
            var moved = finding
            moved.position = SourcePosition(line: finding.position.line + 10, column: 1)
            return moved
        }
        let original = try Self.fingerprints(before)
        #expect(original.count == 3)
        #expect(Set(original).count == 3, "identical findings get distinct fingerprints by occurrence")
        #expect(try Self.fingerprints(after) == original)
        #expect(try Self.fingerprints(before, path: "./a.html") == original, "./a.html and a.html are one file")
        #expect(try Self.fingerprints(before, path: "b.html") != original, "the path is part of the fingerprint")
        var otherRule = before
        otherRule[0].rule = "link-ip-host"
        #expect(try Self.fingerprints(otherRule)[0] != original[0])
        var otherEvidence = before
        otherEvidence[0].evidence = "https://bit.ly/z"
        #expect(try Self.fingerprints(otherEvidence)[0] != original[0])
    }

    @Test func findingsOfUnknownRulesGetADescriptor() throws {
        let result = LintResult(reports: [FileReport(path: "a.html", kind: .template,
                                                     findings: [ReporterFixtures.finding("not-a-built-in", .info, line: 2, message: "synthetic")],
                                                     thresholds: Thresholds())])
        let run = try Self.run(Self.render(result))
        let rules = ((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]] ?? []
        let index = try #require(Self.results(run).first?["ruleIndex"] as? Int)
        #expect(rules[index]["id"] as? String == "not-a-built-in")
    }

    @Test func resultsBeyondTheLimitAreLeftOutLeastSevereFirstWithAWarning() throws {
        let findings = [
            ReporterFixtures.finding("link-shortener", .info, line: 1, evidence: "a"),
            ReporterFixtures.finding("link-shortener", .error, line: 2, evidence: "b"),
            ReporterFixtures.finding("link-shortener", .warning, line: 3, evidence: "c"),
            ReporterFixtures.finding("link-shortener", .error, line: 4, evidence: "d"),
        ]
        let result = LintResult(reports: [FileReport(path: "a.html", kind: .template, findings: findings, thresholds: Thresholds())])
        let run = try Self.run(SARIFReporter(sourceRoot: Self.root, maxResults: 3).render(result))
        let lines = Self.results(run).compactMap {
            ((($0["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Any])?["startLine"] as? Int
        }
        #expect(lines == [2, 3, 4], "the info finding goes; the rest keep report order")
        let invocation = (run["invocations"] as? [[String: Any]])?.first
        #expect(invocation?["executionSuccessful"] as? Bool == true, "a truncation is a warning, not a failed run")
        let notification = (invocation?["toolExecutionNotifications"] as? [[String: Any]])?.first
        #expect(notification?["level"] as? String == "warning")
        #expect(((notification?["message"] as? [String: Any])?["text"] as? String)?.hasPrefix("1 of 4 results left out") == true)
        #expect(Self.results(try Self.run(SARIFReporter(sourceRoot: Self.root).render(result))).count == 4)
        #expect(SARIFReporter().maxResults == 25_000)
    }

    @Test(.enabled(if: SARIFValidator.isAvailable, "needs python3 with jsonschema and ../shared/schemas"))
    func validatesAgainstTheOfficialSchema() throws {
        let hostile = try SARIFValidator.validate(Self.render())
        #expect(hostile.status == 0, "\(hostile.output)")
        let unrooted = try SARIFValidator.validate(Self.render(root: nil))
        #expect(unrooted.status == 0, "\(unrooted.output)")
        let truncated = try SARIFValidator.validate(SARIFReporter(sourceRoot: Self.root, maxResults: 1).render(ReporterFixtures.result))
        #expect(truncated.status == 0, "\(truncated.output)")
        let empty = try SARIFValidator.validate(Self.render(LintResult(reports: [])))
        #expect(empty.status == 0, "\(empty.output)")
        // The validator must be able to say no: a level SARIF does not define is rejected.
        let broken = Self.render().replacingOccurrences(of: "\"level\" : \"warning\"", with: "\"level\" : \"fatal\"")
        #expect(try SARIFValidator.validate(broken).status != 0)
    }
}
