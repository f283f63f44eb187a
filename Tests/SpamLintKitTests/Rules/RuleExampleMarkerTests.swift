import Testing
@_spi(CLI) @testable import SpamLintKit

/// The `↓` marker: removed from the file text, and what it pins is what the runner holds findings to.
struct RuleExampleMarkerTests {
    @Test func markersAreRemovedAndGiveLineAndColumnInScalars() {
        let example = RuleExample("<p>é ↓<a href=\"https://bit.ly/x\">x</a></p>\n↓<img src=\"https://bit.ly/y\">")
        #expect(example.source == "<p>é <a href=\"https://bit.ly/x\">x</a></p>\n<img src=\"https://bit.ly/y\">")
        #expect(example.expectedPositions == [SourcePosition(line: 1, column: 6), SourcePosition(line: 2, column: 1)])
        #expect(RuleExample("<p>no marker</p>").expectedPositions.isEmpty)
    }

    @Test func aFindingElsewhereThanTheMarkerFails() {
        let rule = LinkShortenerRule()
        let unpinned = RuleExample("<p>Read <a href=\"https://bit.ly/3xYz\">more</a></p>")
        // A link finding points at the start of the href's value.
        let atHref = RuleExample("<p>Read <a href=\"↓https://bit.ly/3xYz\">more</a></p>")
        let atTag = RuleExample("<p>Read ↓<a href=\"https://bit.ly/3xYz\">more</a></p>")
        let twice = RuleExample("<p>Read <a href=\"↓https://bit.ly/3xYz\">↓more</a></p>")
        let outcomes = RuleExampleRunner.run([Self.rule(rule, triggering: [atHref, atTag, twice, unpinned])])
        #expect(outcomes.map(\.passed) == [true, false, false, true], "\(outcomes.map(\.problems))")
        #expect(outcomes[1].problems == ["findings point at 1:18, the example marks 1:9"])
        #expect(outcomes[2].problems == ["findings point at 1:18, the example marks 1:18, 1:39"])
    }

    @Test func pinnedMessagesMustMatch() {
        let source = "<p>Read <a href=\"↓https://bit.ly/3xYz\">more</a></p>"
        let findings = RuleExampleRunner.findings(of: LinkShortenerRule(), in: RuleExample(source))
        let right = RuleExample(source, messages: findings.map(\.message))
        let wrong = RuleExample(source, messages: ["some other message"])
        let outcomes = RuleExampleRunner.run([Self.rule(LinkShortenerRule(), triggering: [right, wrong])])
        #expect(!findings.isEmpty)
        #expect(outcomes.map(\.passed) == [true, false])
    }

    @Test func theSuppressedVariantCarriesAFileDirectiveForTheRule() throws {
        let template = RuleExample("<p><a href=\"https://bit.ly/3xYz\">more</a></p>")
        let suppressed = try #require(RuleExampleRunner.suppressing("link-shortener", in: template))
        #expect(suppressed.hasSuffix("{# spamlint-disable-file link-shortener -- example of a suppressed finding #}\n"))
        let message = RuleExample("From: a@acme.example\nContent-Type: text/html\n\n<p><a href=\"https://bit.ly/3xYz\">more</a></p>\n")
        let inMessage = try #require(RuleExampleRunner.suppressing("link-shortener", in: message))
        #expect(inMessage.contains("\n\n<!-- spamlint-disable-file link-shortener -- example of a suppressed finding --><p>"))
        #expect(RuleExampleRunner.findings(of: LinkShortenerRule(), in: RuleExample(inMessage)).isEmpty)
        let plain = RuleExample("From: a@acme.example\n\nRead https://bit.ly/3xYz\n")
        #expect(RuleExampleRunner.suppressing("link-shortener", in: plain) == nil)
    }

    /// Displayed examples are the files as linted: no marker, and where it stood said in words.
    @Test func documentationShowsTheFileAndSaysWhereMarkersStood() throws {
        for rule in RuleCatalog.builtIn {
            #expect(!RuleDocumentation.full(rule.description).unicodeScalars.contains(RuleExample.marker), "\(rule.description.id)")
        }
        let shortener = RuleDocumentation.examples(LinkShortenerRule().description)
        #expect(shortener.contains("  triggers:\n    (finding at line 1 column 29)\n    <p>Our sale is on: <a href=\"https://bit.ly/3xYz\">shop now</a></p>\n"),
                "\(shortener)")
    }

    /// A rule whose examples are `triggering`, otherwise `base`.
    static func rule(_ base: any Rule, triggering: [RuleExample]) -> any Rule {
        ExampleRule(base: base, triggering: triggering)
    }
}
