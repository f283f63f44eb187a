import Testing
@_spi(CLI) @testable import SpamLintKit

/// One score per rule per file: every finding is reported, the rule adds its score once (or up to
/// its max-score), for Swift and pack rules alike.
struct RuleScoreCapTests {
    static func finding(_ rule: String = "r", score: Double, maxScore: Double? = nil, line: Int = 1, suppressed: Bool = false) -> Finding {
        Finding(rule: rule, category: .links, severity: .warning, score: score, maxScore: maxScore, message: "m",
                position: SourcePosition(line: line, column: 1), evidence: "e",
                suppression: suppressed ? FindingSuppression(kind: .inline) : nil)
    }

    static let threeShorteners = #"<p>Our offers: <a href="https://bit.ly/a">one</a>, <a href="https://bit.ly/b">two</a> and <a href="https://tinyurl.com/c">three</a>.</p>"#

    static func findings(_ source: String, rules: [any Rule], overrides: [String: RuleOverride] = [:]) -> [Finding] {
        Linter(rules: rules, options: LintOptions(overrides: overrides)).findings(in: EmailReader.read(Array(source.utf8)))
    }

    @Test func aSwiftRuleFiringThreeTimesScoresOnceAndReportsAllThree() {
        let findings = Self.findings(Self.threeShorteners, rules: [LinkShortenerRule()])
        #expect(findings.map(\.evidence) == ["https://bit.ly/a", "https://bit.ly/b", "https://tinyurl.com/c"])
        #expect(findings.map(\.score) == [1.5, 0, 0])
        #expect(findings.map(\.baseScore) == [1.5, 1.5, 1.5])
        #expect(Thresholds.score(of: findings) == 1.5)
    }

    @Test func theStrongestFindingCountsAndTiesGoToTheFirst() {
        let counted = RuleScoreCap.counted([Self.finding(score: 0.5), Self.finding(score: 1.5), Self.finding(score: 1.5), Self.finding("other", score: 0.2)])
        #expect(counted.map(\.score) == [0, 1.5, 0, 0.2])
        #expect(counted.map(\.baseScore) == [0.5, 1.5, 1.5, 0.2], "what each weighs alone is kept")
    }

    @Test func maxScoreLetsRepeatsAddUpToTheCap() {
        let counted = RuleScoreCap.counted((1...5).map { Self.finding(score: 0.4, maxScore: 1.0, line: $0) })
        #expect(counted.map(\.score) == [0.4, 0.4, 0.2, 0, 0])
        #expect(Thresholds.score(of: counted) == 1.0)
        // A cap below the strongest finding's weight bounds it too.
        #expect(RuleScoreCap.counted([Self.finding(score: 3, maxScore: 2)]).map(\.score) == [2])
    }

    @Test func aSuppressedFindingLeavesTheScoreToTheNextOne() {
        let counted = RuleScoreCap.counted([Self.finding(score: 2, suppressed: true), Self.finding(score: 1, line: 2), Self.finding(score: 1, line: 3)])
        #expect(counted.map(\.score) == [0, 1, 0])
    }

    @Test func aNegativelyRescoredRuleAlsoCountsOnce() {
        #expect(RuleScoreCap.counted([Self.finding(score: -1), Self.finding(score: -1)]).map(\.score) == [-1, 0])
    }

    @Test func countingTwiceChangesNothing() {
        let once = RuleScoreCap.counted((1...4).map { Self.finding(score: 0.3, maxScore: 0.7, line: $0) })
        #expect(RuleScoreCap.counted(once) == once)
    }

    @Test func anOverrideMaxScoreAppliesToASwiftRule() {
        let findings = Self.findings(Self.threeShorteners, rules: [LinkShortenerRule()], overrides: ["link-shortener": RuleOverride(maxScore: 3)])
        #expect(findings.map(\.score) == [1.5, 1.5, 0])
        #expect(findings.allSatisfy { $0.maxScore == 3 })
    }

    @Test func configurationMaxScoreIsReadAndChecked() throws {
        let configuration = try ConfigurationLoader.parse("rules:\n  overrides:\n    link-shortener: { max-score: 4.5 }\n", file: ".spamlint.yml")
        #expect(configuration.overrides["link-shortener"]?.maxScore == 4.5)
        #expect(throws: ConfigurationError.self) {
            _ = try ConfigurationLoader.parse("rules:\n  overrides:\n    link-shortener: { max-score: 0 }\n", file: ".spamlint.yml")
        }
    }

    @Test func aPackRulesMaxScoreIsAppliedByTheLinterAndScalesWithARescore() throws {
        let rule = try PackMatcherTests.rule("target: body-text\nphrases: [act now]", score: "score: 0.4\n    max-score: 1.0")
        let text = "<p>" + String(repeating: "Act now! ", count: 5) + "</p>"
        #expect(RuleExampleRunner.findings(of: rule, in: RuleExample(text)).map(\.baseScore) == [0.4, 0.4, 0.4, 0.4, 0.4],
                "the rule reports every match at its full weight; the cap is the linter's")
        let findings = Self.findings(text, rules: [rule])
        #expect(findings.count == 5, "every match is still reported")
        #expect(findings.map(\.score) == [0.4, 0.4, 0.2, 0, 0])
        // Doubling the score doubles the cap: the same number of matches count.
        let doubled = Self.findings(text, rules: [rule], overrides: ["t-rule": RuleOverride(score: 0.8)])
        #expect(doubled.map(\.score) == [0.8, 0.8, 0.4, 0, 0])
        let ownCap = Self.findings(text, rules: [rule], overrides: ["t-rule": RuleOverride(score: 0.8, maxScore: 0.8)])
        #expect(ownCap.map(\.score) == [0.8, 0, 0, 0, 0])
    }

    @Test func aBaselineThatSuppressesTheCountedFindingPassesTheScoreOn() {
        let bytes = Array(Self.threeShorteners.utf8)
        let first = Linter(rules: [LinkShortenerRule()]).report(path: "t.html", bytes: bytes)
        let baseline = Baseline(entries: [BaselineEntry(path: "t.html", rule: "link-shortener", evidence: "https://bit.ly/a")], baseDirectory: "/")
        let again = Linter(rules: [LinkShortenerRule()], options: LintOptions(baseline: baseline)).report(path: "t.html", bytes: bytes)
        #expect(first.findings.map(\.score) == [1.5, 0, 0] && first.score == 1.5)
        #expect(again.findings.map(\.score) == [0, 1.5, 0] && again.score == 1.5)
    }

    @Test func rulesThatUsedToScoreThemselvesOnceNowGetItFromTheLinter() {
        let alt = Self.findings(#"<img src="https://a.example/1.png"><img src="https://a.example/2.png"><img src="https://a.example/3.png" alt="">"#,
                                rules: [ImageMissingAltRule()])
        #expect(alt.map(\.score) == [0.2, 0])
        let http = Self.findings(#"<a href="http://a.example/1">1</a><a href="http://b.example/">2</a>"#, rules: [LinkPlainHTTPRule()])
        #expect(http.map(\.score) == [0.2, 0])
        let tiny = Self.findings(#"<p>Body text. <span style="font-size:4px">small</span> <font size="1">smaller</font></p>"#, rules: [HTMLTinyFontRule()])
        #expect(tiny.map(\.baseScore) == [1, HTMLTinyFontRule.fontElementFactor] && tiny.map(\.score) == [1, 0])
    }
}
