import Testing
@_spi(CLI) @testable import SpamLintKit

struct GateTests {
    static func finding(_ severity: Severity, score: Double = 1, suppressed: Bool = false) -> Finding {
        ReporterFixtures.finding("link-shortener", severity, line: 1, score: score,
                                 suppression: suppressed ? FindingSuppression(kind: .baseline) : nil)
    }

    @Test func defaultGateFailsOnScoreOrAnErrorFinding() {
        let gate = Thresholds()
        #expect(gate.failureReasons(for: []).isEmpty)
        #expect(gate.failureReasons(for: [Self.finding(.warning, score: 4.99)]).isEmpty)
        #expect(gate.failureReasons(for: [Self.finding(.warning, score: 5)]) == ["score 5.0 reaches the fail score 5.0"])
        #expect(gate.failureReasons(for: [Self.finding(.error, score: 0.5)]) == ["1 error finding (fail-on error)"])
    }

    @Test("fail-on decides which severities fail a file", arguments: [
        (FailOnLevel.error, [false, false, true]),
        (.warning, [false, true, true]),
        (.info, [true, true, true]),
        (.never, [false, false, false]),
    ])
    func failOn(level: FailOnLevel, expected: [Bool]) {
        let gate = Thresholds(failOn: level)
        let outcomes = [Severity.info, .warning, .error].map { !gate.failureReasons(for: [Self.finding($0, score: 0.1)]).isEmpty }
        #expect(outcomes == expected)
    }

    @Test func failOnNeverKeepsTheScoreGate() {
        #expect(!Thresholds(failOn: .never).failureReasons(for: [Self.finding(.error, score: 6)]).isEmpty)
    }

    @Test func maxFindingsCountsFindingsOfEverySeverity() {
        let gate = Thresholds(failOn: .never, maxFindings: 2)
        let two = [Self.finding(.info, score: 0), Self.finding(.info, score: 0)]
        #expect(gate.failureReasons(for: two).isEmpty)
        #expect(gate.failureReasons(for: two + [Self.finding(.warning, score: 0)]) == ["3 findings, over max-findings 2"])
        #expect(!Thresholds(failOn: .never, maxFindings: 0).failureReasons(for: [Self.finding(.info, score: 0)]).isEmpty)
    }

    @Test func suppressedFindingsCountForNothing() {
        let suppressed = [Self.finding(.error, score: 9, suppressed: true), Self.finding(.error, score: 9, suppressed: true)]
        let gate = Thresholds(failOn: .info, maxFindings: 1)
        #expect(gate.failureReasons(for: suppressed).isEmpty)
        #expect(Thresholds.score(of: suppressed + [Self.finding(.info, score: 1.25)]) == 1.25)
        let report = FileReport(path: "a.html", kind: .template, findings: suppressed, thresholds: gate)
        #expect(report.score == 0 && report.verdict == .low && !report.failed && report.failureReasons.isEmpty)
        #expect(report.findings.count == 2, "suppressed findings are still reported")
    }

    @Test func applyGateRecomputesAfterSuppression() {
        var report = FileReport(path: "a.html", kind: .template, findings: [Self.finding(.error, score: 6)], thresholds: Thresholds())
        #expect(report.failed && report.score == 6 && report.verdict == .high)
        report.findings[0].suppression = FindingSuppression(kind: .baseline)
        report.applyGate(Thresholds())
        #expect(!report.failed && report.score == 0 && report.verdict == .low)
    }

    @Test func linterAppliesTheConfiguredGate() {
        let template = "<html><body><p>Read the October statement online.</p><a href=\"https://bit.ly/x\">statement</a>"
            + "<a href=\"{{ unsubscribe_url }}\">Unsubscribe</a></body></html>"
        let bytes = Array(template.utf8)
        let plain = Linter().report(path: "t.html", bytes: bytes)
        #expect(plain.findings.contains { $0.rule == "link-shortener" && $0.severity == .warning })
        #expect(!plain.findings.contains { $0.severity == .error })
        #expect(!plain.failed, "\(plain.failureReasons)")
        let strict = Linter(options: LintOptions(thresholds: Thresholds(failOn: .warning))).report(path: "t.html", bytes: bytes)
        #expect(strict.failed && strict.failureReasons.contains { $0.contains("fail-on warning") })
        let counted = Linter(options: LintOptions(thresholds: Thresholds(maxFindings: 0))).report(path: "t.html", bytes: bytes)
        #expect(counted.failed)
    }

    @Test func gatesAreReadFromConfiguration() throws {
        let configuration = try ConfigurationLoader.parse("thresholds:\n  fail-on: warning\n  max-findings: 3\n  fail-score: 7\n", file: ".spamlint.yml")
        var options = LintOptions()
        configuration.apply(to: &options)
        #expect(options.thresholds == Thresholds(failScore: 7, failOn: .warning, maxFindings: 3))
    }

    @Test("bad gate settings name their line", arguments: [
        ("thresholds:\n  fail-on: fatal\n", "fail-on must be error, warning, info or never"),
        ("thresholds:\n  max-findings: -1\n", "expected a whole number"),
        ("thresholds:\n  max-findings: 2.5\n", "expected a whole number"),
        ("thresholds:\n  max-finding: 2\n", "unknown key 'max-finding'"),
    ])
    func badGateSettings(yaml: String, message: String) {
        #expect {
            try ConfigurationLoader.parse(yaml, file: ".spamlint.yml")
        } throws: { error in
            guard let error = error as? ConfigurationError else { return false }
            return error.line == 2 && error.message.contains(message)
        }
    }
}
