import Foundation
import Testing
@_spi(CLI) @testable import SpamLintKit

/// Work per file is bounded: our own passes are linear or n log n (the inputs here are sized so a
/// quadratic version would take minutes, far past the test target's budget, while the content
/// checks prove the result is still exact), a rule reports at most 100 findings per file, and a
/// file over its CPU budget is an error while the other files are linted.
@Suite(.serialized) struct WorkLimitTests {
    /// Options with no time limit and no findings cap: these tests count every finding.
    static var uncapped: LintOptions {
        var options = LintOptions()
        options.timeLimit = nil
        options.findingsPerRule = .max
        return options
    }

    /// 50,000 directives: 10,000 `disable-next-line` with a reason, each above a shortened link,
    /// and 40,000 `disable-line` on 10,000 lines with nothing to silence; then 2,500 links no
    /// directive covers. Finding × scope was 12,500 × 50,000 cover checks (the 50,000
    /// comments: 34 s in release); the sweep is linear in both.
    @Test func fiftyThousandDirectivesSuppressExactlyWhatTheyCover() throws {
        var source = "<html><body>\n"
        source.reserveCapacity(4_000_000)
        for index in 0..<10_000 {
            source += "<!-- spamlint-disable-next-line link-shortener -- partner \(index) -->\n<p><a href=\"https://bit.ly/s\(index)\">x</a></p>\n"
        }
        // Four per line: libxml2 numbers lines only up to 65,535, so the file stays below that.
        let unusedLine = "<p>text" + String(repeating: " <!-- spamlint-disable-line link-shortener -->", count: 4) + "</p>\n"
        for _ in 0..<10_000 { source += unusedLine }
        for index in 0..<2_500 { source += "<p><a href=\"https://bit.ly/u\(index)\">y</a></p>\n" }
        source += "<p><a href=\"{{ unsubscribe_url }}\">Unsubscribe</a></p></body></html>\n"
        let document = EmailReader.read(Array(source.utf8))
        #expect(document.suppressionDirectives.count == 50_000)
        let findings = Linter(options: Self.uncapped).findings(in: document)
        let shortener = findings.filter { $0.rule == "link-shortener" }
        #expect(shortener.count == 12_500)
        let suppressed = shortener.filter { $0.suppression != nil }
        #expect(suppressed.count == 10_000)
        // Each suppressed link carries the reason of the directive right above it.
        #expect(suppressed.allSatisfy { finding in
            guard let reason = finding.suppression?.reason, let number = Int(reason.dropFirst("partner ".count)) else { return false }
            return finding.evidence == "https://bit.ly/s\(number)"
        })
        #expect(shortener.filter { $0.suppression == nil }.allSatisfy { $0.evidence.hasPrefix("https://bit.ly/u") })
        // The 40,000 directives on lines with no finding are reported unused, at their own lines.
        let unused = findings.filter { $0.rule == SuppressionMetaRules.unusedSuppression }
        #expect(unused.count == 40_000)
        #expect(unused.first?.position.line == 20_002 && unused.last?.position.line == 30_001)
    }

    /// Ranges: `disable a` … `enable a` pairs interleaved with 20,000 never-closed ranges of
    /// other ids; an `enable` finds its range without scanning every open one.
    @Test func manyOpenRangesCloseTheRightOne() {
        var directives: [SuppressionDirective] = []
        func directive(_ scope: SuppressionDirective.Scope, _ ids: [String], line: Int) -> SuppressionDirective {
            SuppressionDirective(scope: scope, keyword: scope == .enable ? "spamlint-enable" : "spamlint-disable", ruleIDs: ids, reason: nil,
                                 syntax: .html, position: SourcePosition(line: line, column: 1), endLine: line, text: ids.joined(separator: " "))
        }
        for index in 0..<20_000 { directives.append(directive(.range, ["other-\(index)"], line: index + 1)) }
        for index in 0..<20_000 {
            directives.append(directive(.range, ["a"], line: 20_001 + 2 * index))
            directives.append(directive(.enable, ["a"], line: 20_002 + 2 * index))
        }
        let plan = SuppressionPlan(directives)
        #expect(plan.unmatchedEnables.isEmpty)
        let closed = plan.scopes.filter { $0.ruleID == "a" }
        #expect(closed.count == 20_000)
        #expect(closed.allSatisfy { $0.lines?.count == 1 })
        #expect(plan.scopes.filter { $0.ruleID?.hasPrefix("other-") == true }.allSatisfy { $0.lines?.upperBound == Int.max })
    }

    /// One Authentication-Results header with 40,000 results, each naming its own domain and
    /// carrying a comment: the recipient's remedy lists every domain once, in order (an array
    /// search per domain, and a filter of all comments per result, were 40,000² steps each).
    @Test func diagnoseListsFortyThousandDomainsOnce() {
        let count = 40_000
        var header = "Authentication-Results: mx.example.org"
        header.reserveCapacity(count * 40)
        for index in 0..<count { header += "; spf=pass smtp.mailfrom=s\(index).example (c\(index))" }
        let message = "From: a@acme.example\nTo: b@example.org\nSubject: hi\n\(header)\n\nbody\n"
        let document = EmailReader.read(Array(message.utf8))
        var options = Self.uncapped
        options.timeLimit = nil
        let diagnosis = Diagnoser(linter: Linter(options: options)).diagnose(document)
        let domains = diagnosis.recipientRemedy.sendingDomains
        #expect(domains.count == count + 1, "the results' domains and From's")
        #expect(domains.first == "s0.example" && domains[count - 1] == "s\(count - 1).example" && domains.last == "acme.example")
        #expect(diagnosis.trustedAuthservID == "mx.example.org")
    }

    @Test func aRuleReportsAtMostAHundredFindingsAndSummarisesTheRest() throws {
        var source = "<html><body>\n"
        for index in 0..<250 { source += "<p><a href=\"https://bit.ly/\(index)\">x</a></p>\n" }
        source += "</body></html>\n"
        let report = Linter().report(path: "many.html", bytes: Array(source.utf8))
        let shortener = report.findings.filter { $0.rule == "link-shortener" }
        #expect(shortener.count == 101)
        // The first 100 in report order are kept, the summary stands at the first one left out.
        #expect(shortener.prefix(100).map(\.evidence) == (0..<100).map { "https://bit.ly/\($0)" })
        let summary = try #require(shortener.last)
        #expect(summary.message == "…and 150 more link-shortener findings (at most 100 are reported per rule and file)")
        #expect(summary.position.line == 102 && summary.score == 0 && summary.baseScore == 0 && summary.suppression == nil)
        // The rule still scores the file once, as without the cap.
        var uncapped = Self.uncapped
        uncapped.timeLimit = LintOptions.defaultTimeLimit
        let full = Linter(options: uncapped).report(path: "many.html", bytes: Array(source.utf8))
        #expect(full.findings.filter { $0.rule == "link-shortener" }.count == 250)
        #expect(report.score == full.score)

        // All left-out findings suppressed: so is the summary; one not suppressed: the summary is not.
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.insert("<!-- spamlint-disable link-shortener -->", at: 101)
        let silenced = Linter().report(path: "s.html", bytes: Array(lines.joined(separator: "\n").utf8))
        let silencedSummary = try #require(silenced.findings.last { $0.rule == "link-shortener" })
        #expect(silencedSummary.message.hasPrefix("…and 150 more") && silencedSummary.suppression?.kind == .inline)
    }

    @Test func theFindingsLimitIsConfigurable() throws {
        let root = try HardeningCLI.temporaryDirectory("per-rule")
        defer { try? FileManager.default.removeItem(at: root) }
        var source = "<html><body>\n"
        for index in 0..<30 { source += "<p><a href=\"https://bit.ly/\(index)\">x</a></p>\n" }
        BadInputMatrixTests.write(source + "</body></html>\n", "many.html", in: root)
        BadInputMatrixTests.write("findings-per-rule: 10\ntime-limit: 30\n", ".spamlint.yml", in: root)
        let run = try HardeningCLI.run(["many.html"], in: root)
        #expect(run.stdout.components(separatedBy: "[link-shortener").count - 1 == 11, "\(run.stdout)")
        #expect(run.stdout.contains("many.html:12:13: warning: …and 20 more link-shortener findings (at most 10 are reported per rule and file) [link-shortener +0.0"),
                "\(run.stdout)")
        let config = try HardeningCLI.run(["config", "--print", "many.html"], in: root)
        #expect(config.stdout.contains("findings-per-rule: 10") && config.stdout.contains("time-limit: 30.0 s"), "\(config.stdout)")
        BadInputMatrixTests.write("findings-per-rule: 0\n", ".spamlint.yml", in: root)
        let bad = try HardeningCLI.run(["many.html"], in: root)
        #expect(bad.status == 2 && bad.stderr.contains("findings-per-rule must be at least 1"), "\(bad.stderr)")
    }

    /// A file over its CPU budget is an error naming how far it got; the other files are linted.
    /// The big file takes far over 0.05 s of CPU in any build (100,000 links); the small one a few
    /// milliseconds, even in a debug build.
    @Test func aFileOverItsTimeLimitIsAnErrorAndTheOthersAreLinted() throws {
        let root = try HardeningCLI.temporaryDirectory("time-limit")
        defer { try? FileManager.default.removeItem(at: root) }
        var big = "<html><body>\n"
        big.reserveCapacity(5_000_000)
        for index in 0..<100_000 { big += "<p><a href=\"https://l\(index % 100).example/\(index)\">l</a></p>\n" }
        BadInputMatrixTests.write(big + "</body></html>\n", "big.html", in: root)
        BadInputMatrixTests.write(WriteFailureTests.risky, "small.html", in: root)
        let run = try HardeningCLI.run(["big.html", "small.html", "--time-limit", "0.05", "--format", "json"], in: root)
        #expect(run.status == 2)
        let files = try run.files()
        let error = files["big.html"]?["error"] as? String ?? ""
        #expect(error.hasPrefix("time limit of 0.05 s of CPU reached "), "\(error)")
        #expect(error.contains("not linted (raise --time-limit or time-limit:, 0 for none)"))
        #expect(((files["small.html"]?["findings"] as? [[String: Any]]) ?? []).contains { $0["rule"] as? String == "link-shortener" })
        #expect(run.stderr.contains("spamlint: big.html: time limit of 0.05 s"), "\(run.stderr)")
        let invalid = try HardeningCLI.run(["small.html", "--time-limit=-1"], in: root)
        #expect(invalid.status == 2 && invalid.stderr.contains("--time-limit must be 0 (none) to 86400 seconds"))
    }

    @Test func aSpentBudgetStopsBeforeTheRulesAndSaysSo() {
        var options = LintOptions()
        options.timeLimit = 1e-9
        let report = Linter(options: options).report(path: "t.html", bytes: Array(WriteFailureTests.risky.utf8))
        #expect(report.error == "time limit of 1e-09 s of CPU reached while reading and extracting the file; no rule ran; "
                + "not linted (raise --time-limit or time-limit:, 0 for none)")
        #expect(report.findings.isEmpty)
        options.timeLimit = nil
        #expect(Linter(options: options).report(path: "t.html", bytes: Array(WriteFailureTests.risky.utf8)).error == nil)
        let between = TimeLimitReached(seconds: 5, stage: .rules(ran: 12, of: 60, last: "link-shortener"))
        #expect(between.description.hasPrefix("time limit of 5 s of CPU reached after the file was read and 12 of 60 rules ran, the last link-shortener;"))
    }
}
