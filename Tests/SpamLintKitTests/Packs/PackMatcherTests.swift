import Testing
@_spi(CLI) @testable import SpamLintKit

/// What pack matchers match: whole words in any script, domains with subdomains, headers by name,
/// negation, combinators and positions (the max-score cap is the linter's: RuleScoreCapTests).
struct PackMatcherTests {
    static func rule(_ match: String, score: String = "score: 1.0", message: String = "found {match}") throws -> PackRule {
        let text = """
            pack: t
            rules:
              - id: t-rule
                category: content
                severity: warning
                \(score)
                summary: s
                rationale: r
                fix: f
                message: '\(message)'
                match:
            \(match.split(separator: "\n").map { "      " + $0 }.joined(separator: "\n"))
                examples: {trigger: [x], clean: [y]}
            """
        return try #require(try RulePackLoader.parse(text, file: "t.yml") { _ in nil }.rules.first)
    }

    /// The rule's own violations (score factors included), before the linter scores them.
    static func violations(_ rule: PackRule, _ source: String, from: String? = nil) -> [Violation] {
        rule.check(EmailReader.read(Array(source.utf8), settings: ReadSettings(from: from)), in: RuleContext(domains: .builtIn))
    }

    @Test func phrasesMatchWholeWordsCaseInsensitivelyInAnyScript() throws {
        let rule = try Self.rule("target: body-text\nphrases: [free, '100% free', gratuit, kostenlos, '¡gratis!', 'don''t delete', 免费]")
        #expect(Self.violations(rule, "<p>Freedom and carefree living.</p>").isEmpty)
        #expect(Self.violations(rule, "<p>It is FREE.</p>").map(\.evidence) == ["FREE"])
        #expect(Self.violations(rule, "<p>100% Free today</p>").map(\.evidence) == ["100% Free"], "the longest phrase wins")
        #expect(Self.violations(rule, "<p>Essai GRATUIT, Kostenlos testen</p>").map(\.evidence) == ["GRATUIT", "Kostenlos"])
        #expect(Self.violations(rule, "<p>gratuitement</p>").isEmpty)
        #expect(Self.violations(rule, "<p>¡Gratis! hoy</p>").map(\.evidence) == ["¡Gratis!"])
        #expect(Self.violations(rule, "<p>Please don’t delete this</p>").map(\.evidence) == ["don’t delete"])
        #expect(Self.violations(rule, "<p>现在完全免费的</p>").map(\.evidence) == ["免费"])
        let accented = try Self.rule("target: body-text\nphrases: [dinheiro fácil]")
        #expect(Self.violations(accented, "<p>DINHEIRO FA\u{301}CIL já</p>").count == 1, "decomposed accents are one word, equal to composed ones")
        #expect(Self.violations(accented, "<p>dinheiro facilmente</p>").isEmpty)
    }

    @Test func phrasesAlsoMatchTextPlainButSharedAlternativesCountOnce() throws {
        let rule = try Self.rule("target: body-text\nphrases: [act now]")
        #expect(Self.violations(rule, "Act now, friends.").count == 1)
        let message = """
            From: a@acme.example
            Subject: hi
            Content-Type: multipart/alternative; boundary=b

            --b
            Content-Type: text/plain

            Act now.
            --b
            Content-Type: text/html

            <p>Act now.</p>
            --b--
            """
        #expect(Self.violations(rule, message).count == 1)
    }

    @Test func domainsMatchTheHostAndItsSubdomainsOnly() throws {
        let rule = try Self.rule("target: link-host\ndomains: [evil.example, xyz]", message: "{match} via {entry} at {url}")
        let found = Self.violations(rule, """
            <a href="https://evil.example/a">a</a> <a href="https://www.evil.example/b">b</a>
            <a href="https://notevil.example/c">c</a> <a href="https://x.xyz/d">d</a> <a href="https://xyz.example/e">e</a>
            """)
        #expect(found.map(\.evidence) == ["evil.example", "www.evil.example", "x.xyz"])
        #expect(found.last?.message == "x.xyz via xyz at https://x.xyz/d")
        #expect(found.last?.position == SourcePosition(line: 2, column: 52))
    }

    @Test func headersAreMatchedByNameCaseInsensitively() throws {
        let rule = try Self.rule("target: header\nheader: x-mailer\nregex: '(?i)bulk ?mailer'")
        let message = "From: a@acme.example\nX-Mailer: Super Bulk Mailer 3\nSubject: hi\n\nbody\n"
        let found = Self.violations(rule, message)
        #expect(found.map(\.evidence) == ["Bulk Mailer"])
        #expect(found.first?.position.line == 2)
        #expect(Self.violations(rule, "From: a@acme.example\nX-Other: Bulk Mailer\nSubject: hi\n\nbody\n").isEmpty)
    }

    @Test func fromAndSubjectTargets() throws {
        let domain = try Self.rule("target: from-domain\ndomains: [acme.example]")
        #expect(Self.violations(domain, "<p>hi</p>", from: "News <news@mail.acme.example>").map(\.evidence) == ["mail.acme.example"])
        let name = try Self.rule("target: from-name\nphrases: [support team]")
        #expect(Self.violations(name, "<p>hi</p>", from: "PayPal Support Team <x@acme.example>").count == 1)
        let subject = try Self.rule("target: subject\nphrases: [urgent]")
        let found = Self.violations(subject, "From: a@acme.example\nTo: b@example.net\nSubject: URGENT: read\n\nbody\n")
        #expect(found.first?.position.line == 3)
    }

    @Test func negationOfConditionsAndOfMatchers() throws {
        // Links whose host is not on the allowed domain.
        let offDomain = try Self.rule("target: link-host\nnot: {domains: [acme.example]}")
        #expect(Self.violations(offDomain, #"<a href="https://acme.example/">a</a> <a href="https://shop.acme.example/">b</a>"#).isEmpty)
        #expect(Self.violations(offDomain, #"<a href="https://other.example/">a</a>"#).map(\.evidence) == ["other.example"])
        // A document without any unsubscribe wording.
        let noUnsubscribe = try Self.rule("not: {target: [body-text, link-url], phrases: [unsubscribe]}")
        #expect(Self.violations(noUnsubscribe, "<p>Hello there</p>").count == 1)
        #expect(Self.violations(noUnsubscribe, "<p>Hello there. Unsubscribe here.</p>").isEmpty)
    }

    @Test func combinatorsRequireEveryOrAnyMatcher() throws {
        let both = try Self.rule("all-of:\n  - {target: subject, phrases: [winner]}\n  - {target: body-text, phrases: [claim]}")
        let message = "From: a@acme.example\nSubject: Winner!\n\nClaim it now.\n"
        #expect(Self.violations(both, message).map(\.evidence) == ["Winner", "Claim"])
        #expect(Self.violations(both, "From: a@acme.example\nSubject: Winner!\n\nHello.\n").isEmpty)
        let either = try Self.rule("any-of:\n  - {target: subject, phrases: [winner]}\n  - {target: body-text, phrases: [claim]}")
        #expect(Self.violations(either, "From: a@acme.example\nSubject: Hi\n\nClaim it now.\n").count == 1)
        let conditions = try Self.rule("target: body-text\nall-of:\n  - {phrases: [offer]}\n  - {not: {phrases: [terms apply]}}")
        #expect(Self.violations(conditions, "<p>Our offer. Terms apply.</p>").isEmpty)
        #expect(Self.violations(conditions, "<p>Our offer!</p>").map(\.evidence) == ["offer"])
    }

    @Test func imageAndRawHTMLTargetsWithPositions() throws {
        let alt = try Self.rule("target: image-alt\nphrases: [click here]")
        #expect(Self.violations(alt, "<p>x</p>\n<img src=\"a.png\" alt=\"Click here now\">").map(\.evidence) == ["Click here"])
        let raw = try Self.rule("target: raw-html\nregex: 'font-size:\\s*0'")
        let found = Self.violations(raw, "<html><body>\n<p>hello</p>\n  <span style=\"font-size: 0\">x</span>\n</body></html>")
        #expect(found.map(\.evidence) == ["font-size: 0"])
        #expect(found.first?.position == SourcePosition(line: 3, column: 16))
        let text = try Self.rule("target: body-text\nphrases: [act now]")
        #expect(Self.violations(text, "<html><body>\n<p>hello</p>\n<p>Please act now</p></body></html>").first?.position == SourcePosition(line: 3, column: 11))
    }

    @Test func hitsAtOnePositionKeepTextOrder() throws {
        let rule = try Self.rule("target: body-text\nphrases: [alpha, beta, gamma, delta]")
        // A plain-text template: every hit has the body's position, so only text order decides
        // which matches are reported first (and kept when there are more than maxViolations).
        let found = Self.violations(rule, "delta beta alpha gamma delta")
        #expect(found.map(\.evidence) == ["delta", "beta", "alpha", "gamma", "delta"])
    }

    @Test func regexIsBoundedOnLongInputs() throws {
        let rule = try Self.rule("target: body-text\nregex: '(?i)x+y'")
        // RE2 never backtracks: a long run of x without y costs one pass.
        let text = "<p>" + String(repeating: "x", count: 20_000) + "</p>"
        #expect(Self.violations(rule, text).isEmpty)
        let withMatch = "<p>" + String(repeating: "x", count: 20_000) + "y</p>"
        #expect(Self.violations(rule, withMatch).count == 1)
    }
}
