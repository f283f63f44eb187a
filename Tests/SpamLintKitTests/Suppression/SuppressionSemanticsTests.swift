import Testing
@_spi(CLI) @testable import SpamLintKit

/// How directives apply to findings: which lines, which rules, what stays counted.
struct SuppressionSemanticsTests {
    static let footer = "<p><a href=\"{{ unsubscribe_url }}\">Unsubscribe</a></p>"
    static let shortLink = "<p><a href=\"https://bit.ly/3xYz\">Offer</a></p>"

    /// The rules these tests reason about, so rules added later cannot change the expected findings.
    static let rules: [any Rule] = [
        LinkShortenerRule(), HTMLScriptRule(), HiddenTextRule(), LinkIPHostRule(), UnsubscribeLinkMissingRule(),
        InvalidSuppressionRule(), SuppressionShipsRule(), UnusedSuppressionRule(),
    ]

    static func report(_ lines: [String], options: LintOptions = LintOptions()) -> FileReport {
        Linter(rules: rules, options: options).report(path: "t.html", bytes: Array((lines + [footer]).joined(separator: "\n").utf8))
    }

    static func shortenerLines(_ report: FileReport, suppressed: Bool) -> [Int] {
        report.findings.filter { $0.rule == "link-shortener" && ($0.suppression != nil) == suppressed }.map(\.position.line)
    }

    static func rules(_ report: FileReport) -> [String] {
        report.findings.filter { $0.suppression == nil }.map(\.rule)
    }

    @Test func nextLineCoversOnlyTheFollowingLine() {
        let report = Self.report([
            "{# spamlint-disable-next-line link-shortener -- partner requires it #}",
            Self.shortLink,
            Self.shortLink,
        ])
        #expect(Self.shortenerLines(report, suppressed: true) == [2])
        #expect(Self.shortenerLines(report, suppressed: false) == [3])
        let suppressed = report.findings.first { $0.suppression != nil }
        #expect(suppressed?.suppression == FindingSuppression(kind: .inline, reason: "partner requires it"))
        #expect(report.score == 1.5, "one shortener finding counts, the suppressed one does not")
        #expect(Self.rules(report) == ["link-shortener"])
    }

    @Test func nextLineAfterAMultiLineComment() {
        let report = Self.report(["{{!--", "spamlint-disable-next-line link-shortener", "--}}", Self.shortLink])
        #expect(Self.shortenerLines(report, suppressed: true) == [4])
        #expect(Self.rules(report).isEmpty)
    }

    @Test func disableLineCoversItsOwnLine() {
        let report = Self.report([Self.shortLink + "{# spamlint-disable-line link-shortener #}", Self.shortLink])
        #expect(Self.shortenerLines(report, suppressed: true) == [1])
        #expect(Self.shortenerLines(report, suppressed: false) == [2])
    }

    @Test func rangeRunsToTheMatchingEnableOrTheEnd() {
        let report = Self.report([
            Self.shortLink,
            "{# spamlint-disable link-shortener, hidden-text #}",
            Self.shortLink,
            Self.shortLink,
            "{# spamlint-enable link-shortener #}",
            Self.shortLink,
            "{# spamlint-disable #}",
            Self.shortLink,
        ])
        #expect(Self.shortenerLines(report, suppressed: true) == [3, 4, 8])
        #expect(Self.shortenerLines(report, suppressed: false) == [1, 6])
        // hidden-text was never re-enabled and never reported: that id is unused.
        let unused = report.findings.filter { $0.rule == "unused-suppression" }
        #expect(unused.count == 1)
        #expect(unused.first?.position.line == 2)
        #expect(unused.first?.message.contains("hidden-text") == true)
    }

    @Test func enableWithoutIDsClosesEveryRange() {
        let report = Self.report([
            "{# spamlint-disable link-shortener #}", Self.shortLink, "{# spamlint-enable #}", Self.shortLink,
        ])
        #expect(Self.shortenerLines(report, suppressed: true) == [2])
        #expect(Self.shortenerLines(report, suppressed: false) == [4])
        #expect(!report.findings.contains { $0.rule == "invalid-suppression" })
    }

    @Test func fileCoversEveryLineAndNoIDsCoversEveryRule() {
        let report = Self.report([
            Self.shortLink, "<script>track()</script>", "{# spamlint-disable-file -- legacy, rewrite in Q3 #}", Self.shortLink,
        ])
        #expect(Self.rules(report).isEmpty, "\(report.findings)")
        #expect(report.findings.count { $0.suppression?.reason == "legacy, rewrite in Q3" } == 3)
        #expect(report.score == 0)
        #expect(!report.failed)
    }

    @Test func suppressedErrorFindingsDoNotFailTheGate() {
        let unsuppressed = Self.report(["<script>track()</script>"])
        #expect(unsuppressed.failed, "an error finding fails the gate")
        let suppressed = Self.report(["{# spamlint-disable-next-line html-script -- AMP fallback test #}", "<script>track()</script>"])
        #expect(!suppressed.failed)
        #expect(suppressed.score == 0)
        #expect(suppressed.findings.contains { $0.rule == "html-script" && $0.suppression != nil })
    }

    @Test func unusedSuppressionsAreReportedAtTheComment() {
        let report = Self.report([
            "<p>intro</p>",
            "{# spamlint-disable-next-line link-shortener -- old partner link #}",
            "<p><a href=\"https://www.acme.example/offer\">Offer</a></p>",
            "{# spamlint-disable-next-line #}",
            "<p>plain</p>",
        ])
        let unused = report.findings.filter { $0.rule == "unused-suppression" }
        #expect(unused.map(\.position.line) == [2, 4])
        #expect(unused.allSatisfy { $0.severity == .warning && $0.suppression == nil })
        #expect(unused.first?.evidence == "spamlint-disable-next-line link-shortener -- old partner link")
        #expect(unused.map(\.score) == [0.2, 0], "reported at each comment, scored once per file")
        #expect(report.score == 0.2)
    }

    @Test func directivesForRulesTurnedOffAreNotCalledUnused() {
        var options = LintOptions()
        options.disabledRules = ["link-shortener"]
        let report = Self.report(["{# spamlint-disable-next-line link-shortener #}", Self.shortLink], options: options)
        #expect(report.findings.isEmpty, "\(report.findings)")
    }

    @Test func unknownIDsAndStrayEnablesAreInvalid() {
        let report = Self.report([
            "{# spamlint-disable-next-line link-shortner -- typo #}", Self.shortLink, "{# spamlint-enable link-shortener #}",
        ])
        let invalid = report.findings.filter { $0.rule == "invalid-suppression" }
        #expect(invalid.map(\.position.line) == [1, 3])
        #expect(invalid.first?.evidence == "link-shortner")
        #expect(Self.shortenerLines(report, suppressed: false) == [2], "a misspelt id silences nothing")
    }

    @Test func htmlCommentDirectivesWorkButShip() {
        let report = Self.report(["<!-- spamlint-disable-next-line link-shortener -->", Self.shortLink])
        #expect(Self.shortenerLines(report, suppressed: true) == [2])
        let ships = report.findings.filter { $0.rule == "suppression-ships" }
        #expect(ships.count == 1)
        #expect(ships.first?.severity == .info)
        #expect(ships.first?.position == SourcePosition(line: 1, column: 1))
    }

    @Test func anAllRulesDirectiveCannotHideTheMetaRulesButNamingThemCan() {
        let selfHiding = Self.report(["<!-- spamlint-disable-file -->", Self.shortLink])
        #expect(selfHiding.findings.contains { $0.rule == "suppression-ships" && $0.suppression == nil })
        let named = Self.report([
            "{# spamlint-disable-file suppression-ships, unused-suppression -- vendor footer #}",
            "<!-- spamlint-disable-next-line link-shortener -->",
            "<p>no link here</p>",
        ])
        #expect(Self.rules(named).isEmpty, "\(named.findings)")
        #expect(named.findings.contains { $0.rule == "unused-suppression" && $0.suppression?.kind == .inline })
    }

    @Test func aRuleStaysAPureFunction() throws {
        // The rules see the same document with or without directives; only the linter marks findings.
        let source = "{# spamlint-disable-file #}\n" + Self.shortLink
        let document = EmailReader.read(Array(source.utf8))
        let violations = LinkShortenerRule().check(document, in: RuleContext(domains: .builtIn))
        #expect(violations.count == 1)
    }
}
