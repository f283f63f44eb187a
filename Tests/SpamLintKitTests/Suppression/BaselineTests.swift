import Foundation
import Testing
@_spi(CLI) @testable import SpamLintKit

/// Baselines: written from a run, read back, matched on path + rule + evidence with counts.
struct BaselineTests {
    static let base = "/repo"
    static let risky = """
        <p><a href="https://bit.ly/one">One</a></p>
        <p><a href="https://bit.ly/two">Two</a></p>
        <p><a href="{{ unsubscribe_url }}">Unsubscribe</a></p>
        """

    static func report(_ source: String, path: String = "emails/a.html", baseline: Baseline? = nil) -> FileReport {
        var options = LintOptions()
        options.baseline = baseline
        // A fixed rule set, so rules added later cannot change the expected findings.
        let rules: [any Rule] = [LinkShortenerRule(), HTMLScriptRule(), UnsubscribeLinkMissingRule(), UnusedSuppressionRule()]
        return Linter(rules: rules, options: options).report(path: path, bytes: Array(source.utf8))
    }

    @Test func roundTripSurvivesLinesShiftedAbove() throws {
        let first = Self.report(Self.risky)
        #expect(first.findings.count == 2)
        let written = Baseline(reports: [first], baseDirectory: Self.base)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("spamlint-baseline-\(UUID().uuidString).json")
        try written.json().write(to: file, atomically: true, encoding: .utf8)
        let loaded = try Baseline.load(path: file.path, baseDirectory: Self.base)
        #expect(loaded.entries == written.entries)

        let shifted = "<h1>New header</h1>\n<p>A new paragraph.</p>\n\n" + Self.risky
        let again = Self.report(shifted, baseline: loaded)
        #expect(again.findings.count == 2)
        #expect(again.findings.allSatisfy { $0.suppression == FindingSuppression(kind: .baseline) })
        #expect(again.score == 0 && !again.failed)
    }

    @Test func newFindingsStillCount() {
        let baseline = Baseline(reports: [Self.report(Self.risky)], baseDirectory: Self.base)
        let edited = Self.risky + "\n<p><a href=\"https://tinyurl.com/three\">Three</a></p>"
        let report = Self.report(edited, baseline: baseline)
        let counted = report.findings.filter { $0.suppression == nil }
        #expect(counted.map(\.evidence) == ["https://tinyurl.com/three"])
        #expect(report.score == 1.5)
    }

    @Test func duplicatesAreCountedAndExtrasStillCount() throws {
        let twice = "<p><a href=\"https://bit.ly/same\">A</a> <a href=\"https://bit.ly/same\">B</a></p>\n<p><a href=\"{{ unsubscribe_url }}\">Unsubscribe</a></p>"
        let baseline = Baseline(reports: [Self.report(twice)], baseDirectory: Self.base)
        #expect(baseline.entries == [BaselineEntry(path: "emails/a.html", rule: "link-shortener", evidence: "https://bit.ly/same", count: 2)])
        #expect(baseline.json().contains("\"count\" : 2"))
        let thrice = twice.replacingOccurrences(of: "</p>\n", with: " <a href=\"https://bit.ly/same\">C</a></p>\n")
        let report = Self.report(thrice, baseline: baseline)
        #expect(report.findings.count { $0.suppression?.kind == .baseline } == 2)
        #expect(report.findings.count { $0.suppression == nil } == 1)
    }

    @Test func pathsAreNormalisedRelativeToTheBaseDirectory() {
        #expect(Baseline.normalize("./emails/a.html", baseDirectory: "/repo") == "emails/a.html")
        #expect(Baseline.normalize("emails/../emails/a.html", baseDirectory: "/repo/") == "emails/a.html")
        #expect(Baseline.normalize("/repo/emails/a.html", baseDirectory: "/repo") == "emails/a.html")
        #expect(Baseline.normalize("/elsewhere/a.html", baseDirectory: "/repo") == "/elsewhere/a.html")
        #expect(Baseline.normalize("-", baseDirectory: "/repo") == "-")
        let baseline = Baseline(reports: [Self.report(Self.risky, path: "./emails/a.html")], baseDirectory: Self.base)
        #expect(Set(baseline.entries.map(\.path)) == ["emails/a.html"])
        let matched = baseline.apply(to: Self.report(Self.risky, path: "/repo/emails/a.html").findings, path: "/repo/emails/a.html")
        #expect(matched.allSatisfy { $0.suppression?.kind == .baseline })
        let otherFile = baseline.apply(to: Self.report(Self.risky, path: "emails/b.html").findings, path: "emails/b.html")
        #expect(otherFile.allSatisfy { $0.suppression == nil })
    }

    @Test func outputIsSortedAndDeterministic() {
        let reports = [Self.report(Self.risky, path: "z.html"), Self.report(Self.risky, path: "a.html")]
        let one = Baseline(reports: reports, baseDirectory: Self.base).json()
        let two = Baseline(reports: reports.reversed(), baseDirectory: Self.base).json()
        #expect(one == two)
        let entries = Baseline(reports: reports, baseDirectory: Self.base).entries
        #expect(entries == entries.sorted())
        #expect(entries.first?.path == "a.html")
        #expect(one.hasSuffix("}\n") && one.contains("\"version\" : 1") && !one.contains("\"line\""))
    }

    @Test func rewritingABaselineKeepsWhatItSuppressed() {
        let original = Baseline(reports: [Self.report(Self.risky)], baseDirectory: Self.base)
        let suppressedRun = Self.report(Self.risky, baseline: original)
        #expect(suppressedRun.countedFindings.isEmpty && suppressedRun.suppressedCount == 2)
        #expect(Baseline(reports: [suppressedRun], baseDirectory: Self.base).entries == original.entries)
    }

    @Test func inlineSuppressedFindingsAreNotBaselined() {
        let source = "{# spamlint-disable-next-line link-shortener #}\n" + Self.risky
        let baseline = Baseline(reports: [Self.report(source)], baseDirectory: Self.base)
        #expect(baseline.entries.map(\.evidence) == ["https://bit.ly/two"])
    }

    @Test("bad baseline files are errors", arguments: [
        ("", "not a spamlint baseline"),
        ("[]", "not a spamlint baseline"),
        ("{\"tool\":\"spamlint\",\"version\":2,\"entries\":[]}", "version 2 is not supported"),
        ("{\"tool\":\"spamlint\",\"version\":1}", "missing key 'entries'"),
        ("{\"tool\":\"spamlint\",\"version\":1,\"entries\":[{\"path\":\"a\",\"rule\":\"x\",\"evidence\":\"e\",\"count\":0}]}", "count of at least 1"),
    ])
    func badFiles(content: String, message: String) throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("spamlint-bad-\(UUID().uuidString).json")
        try content.write(to: file, atomically: true, encoding: .utf8)
        #expect {
            try Baseline.load(path: file.path)
        } throws: { error in
            "\(error)".contains(message)
        }
    }

    @Test func missingFileIsAnError() {
        #expect {
            try Baseline.load(path: "/nonexistent/spamlint-baseline.json")
        } throws: { error in
            "\(error)".contains("no such file")
        }
    }
}
