import Testing
@_spi(CLI) @testable import SpamLintKit

struct ReportingSupportTests {
    @Test("FNV-1a 64 matches the published test vectors", arguments: [
        ("", 0xcbf2_9ce4_8422_2325 as UInt64), ("a", 0xaf63_dc4c_8601_ec8c), ("foobar", 0x8594_4171_f739_67e8),
    ])
    func fnvVectors(input: String, expected: UInt64) {
        #expect(StableHash.fnv1a64(Array(input.utf8)) == expected)
    }

    @Test func hexOfFieldsIsPaddedAndSeparatesFields() {
        #expect(StableHash.hex(of: ["ab", "c"]) != StableHash.hex(of: ["a", "bc"]))
        #expect(StableHash.hex(of: ["x"]).count == 16)
        #expect(StableHash.hex(of: ["x"]) == StableHash.hex(of: ["x"]))
    }

    @Test func artifactPaths() {
        #expect(ArtifactPath("./a//b/./c.html", root: "/r") == .relative("a/b/c.html"))
        #expect(ArtifactPath("/r/x/y.eml", root: "/r/") == .relative("x/y.eml"))
        #expect(ArtifactPath("/rx/y.eml", root: "/r") == .absolute("/rx/y.eml"), "a sibling with a common prefix is not inside")
        #expect(ArtifactPath("/r/y.eml", root: nil) == .absolute("/r/y.eml"))
        #expect(ArtifactPath("../up.html", root: "/r") == .relative("../up.html"))
        #expect(ArtifactPath("a b/ü#?.html", root: nil).uri == "a%20b/%C3%BC%23%3F.html")
        #expect(ArtifactPath("/tmp/a b.html", root: nil).uri == "file:///tmp/a%20b.html")
        #expect(ArtifactPath.directoryURI("/work/repo") == "file:///work/repo/")
        #expect(ArtifactPath.directoryURI("/") == "file:///")
    }

    @Test func statisticsCountUnsuppressedFindingsPerRuleMostFrequentFirst() {
        let findings = [
            ReporterFixtures.finding("b-rule", .warning, line: 1, score: 1),
            ReporterFixtures.finding("a-rule", .warning, line: 2, score: 1),
            ReporterFixtures.finding("c-rule", .warning, line: 3, score: 2),
            ReporterFixtures.finding("c-rule", .warning, line: 4, score: 2),
            ReporterFixtures.finding("c-rule", .warning, line: 5, score: 2, suppression: FindingSuppression(kind: .inline)),
            ReporterFixtures.finding("d-rule", .warning, line: 6, score: 3),
        ]
        let statistics = RuleStatistics(LintResult(reports: [
            FileReport(path: "x.html", kind: .template, findings: findings, thresholds: Thresholds()),
            .failure(path: "y.html", error: "gone"),
        ]))
        #expect(statistics.entries.map(\.rule) == ["c-rule", "d-rule", "a-rule", "b-rule"])
        #expect(statistics.entries.map(\.count) == [2, 1, 1, 1])
        #expect(statistics.entries.map(\.score) == [2, 3, 1, 1], "points are what a rule added: c-rule counts once")
        #expect(statistics.suppressed == 1)
        let lines = statistics.render().split(separator: "\n").map(String.init)
        #expect(lines.first == "count  points  rule")
        #expect(lines[1] == "    2    +2.0  c-rule")
        #expect(lines.contains("    5    +7.0  total"))
        #expect(lines.last == "1 suppressed finding not counted")
        #expect(RuleStatistics(LintResult(reports: [])).render() == "statistics: no findings\n")
    }

    @Test func progressShowsAfterTheDelayThrottledAndIsErased() {
        var clock = 0.0
        var written: [String] = []
        let meter = ProgressMeter(total: 5, delay: 1, interval: 0.5, write: { written.append($0) }, now: { clock })
        meter.advance()
        #expect(written.isEmpty, "short runs show nothing")
        clock = 1.0
        meter.advance()
        #expect(written == ["\r[2/5] files"])
        clock = 1.2
        meter.advance()
        #expect(written.count == 1, "throttled")
        clock = 1.3
        meter.advance()
        meter.advance()
        #expect(written.last == "\r[5/5] files", "the last file is always shown")
        meter.finish()
        #expect(written.last == "\r\u{1B}[K")

        var quiet: [String] = []
        let short = ProgressMeter(total: 2, delay: 1, write: { quiet.append($0) }, now: { 0 })
        short.advance()
        short.advance()
        short.finish()
        #expect(quiet.isEmpty, "nothing to erase when nothing was shown")
    }

    @Test func formatListingNamesEveryReporter() {
        let lines = Reporters.listing.split(separator: "\n")
        #expect(lines.count == Reporters.all.count)
        for reporter in Reporters.all {
            #expect(lines.contains { $0.hasPrefix(reporter.identifier + " ") && $0.hasSuffix(reporter.summary) })
            #expect(Reporters.named(reporter.identifier) != nil)
        }
        #expect(Set(Reporters.all.map { $0.identifier }) == ["text", "json", "sarif", "github", "gitlab", "junit", "checkstyle", "html"])
    }
}
