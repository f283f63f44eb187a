import Testing
@_spi(CLI) @testable import SpamLintKit

struct ConfigurationTests {
    @Test func fullConfigurationIsRead() throws {
        let yaml = """
            sender:
              from: news@acme.example
              sending-domain: Acme.Example
            rules:
              disable: [missing-text-part]
              overrides:
                link-shortener: { score: 3, severity: error }
            thresholds:
              fail-score: 8
              elevated: 3
              high: 6
            include: ["emails/**"]
            exclude: ["**/drafts/**"]
            shorteners: [go.acme.example]
            allowed-link-domains: [partner.example]
            """
        let configuration = try ConfigurationLoader.parse(yaml, file: ".spamlint.yml")
        var options = LintOptions()
        configuration.apply(to: &options)
        #expect(options.settings.from == "news@acme.example")
        #expect(options.settings.sendingDomain == "acme.example")
        #expect(options.disabledRules == ["missing-text-part"])
        #expect(options.overrides["link-shortener"] == RuleOverride(score: 3, severity: .error))
        #expect(options.thresholds == Thresholds(elevated: 3, high: 6, failScore: 8))
        #expect(options.domains.isShortener("go.acme.example"))
        #expect(options.domains.allowedLinkDomains.contains("www.partner.example"))
        #expect(configuration.include == ["emails/**"])
    }

    @Test("errors name file, line and column", arguments: [
        ("sender:\n  form: a@b.example\n", 2, "unknown key 'form'"),
        ("rules:\n  disable: [no-such-rule]\n", 2, "unknown rule id 'no-such-rule'"),
        ("thresholds:\n  fail-score: lots\n", 2, "expected a number"),
        ("rules:\n  overrides:\n    link-shortener: { severity: fatal }\n", 3, "severity must be"),
        ("sender: [\n", 2, "invalid YAML"),
        ("colour: blue\n", 1, "unknown key 'colour'"),
    ])
    func errors(yaml: String, line: Int, message: String) {
        do {
            _ = try ConfigurationLoader.parse(yaml, file: "cfg.yml")
            Issue.record("expected an error for \(yaml)")
        } catch let error as ConfigurationError {
            #expect(error.line == line, "\(error)")
            #expect(error.message.contains(message), "\(error)")
            #expect(error.description.hasPrefix("cfg.yml:\(line):"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func overridesChangeScoresAndDisabledRulesDoNotRun() {
        var options = LintOptions()
        options.overrides["link-shortener"] = RuleOverride(score: 4, severity: .info)
        options.disabledRules = ["unsubscribe-link-missing"]
        let linter = Linter(options: options)
        let findings = linter.findings(in: EmailReader.read(Array(#"<a href="https://bit.ly/x">x</a>"#.utf8)))
        #expect(findings.map(\.rule) == ["link-shortener"])
        #expect(findings.first?.score == 4 && findings.first?.severity == .info)
    }

    @Test func gateAndBands() {
        let thresholds = Thresholds()
        #expect(thresholds.verdict(for: 1.99) == .low)
        #expect(thresholds.verdict(for: 2.0) == .elevated)
        #expect(thresholds.verdict(for: 5.0) == .high)
        let linter = Linter()
        let report = linter.report(path: "x.html", bytes: Array(#"<p>hi <a href="https://bit.ly/x">x</a> <a href="{{unsubscribe_url}}">unsubscribe</a></p><p>Acme, 1 Main St, Springfield, MA 01101</p>"#.utf8))
        #expect(report.score == 1.5 && report.verdict == .low && !report.failed)
    }

    @Test func globs() {
        #expect(GlobPattern("emails/**").matches("emails/a/b.html"))
        #expect(GlobPattern("**/drafts/**").matches("x/drafts/y.html"))
        #expect(!GlobPattern("**/drafts/**").matches("x/final/y.html"))
        #expect(GlobPattern("*.hbs").matches("deep/folder/x.hbs"))
        #expect(GlobPattern("src/*.html").matches("src/a.html"))
        #expect(!GlobPattern("src/*.html").matches("src/sub/a.html"))
        #expect(GlobPattern("file[0-9].eml").matches("file7.eml"))
    }
}
