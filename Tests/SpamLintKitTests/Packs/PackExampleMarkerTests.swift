import Testing
@_spi(CLI) @testable import SpamLintKit

/// Pack examples take the `↓` marker and `messages:` like Swift rules' examples, and `spamlint rules test`
/// holds them to it.
struct PackExampleMarkerTests {
    static func rule(examples: String) throws -> PackRule {
        let text = RulePackLoaderTests.pack(rule: RulePackLoaderTests.validRule.replacingOccurrences(
            of: "      trigger: ['<p>a banana</p>']", with: examples))
        return try #require(try RulePackLoader.parse(text, file: "packs/test.yml") { _ in nil }.rules.first)
    }

    @Test func markersAndMessagesAreReadAndHeld() throws {
        let rule = try Self.rule(examples: """
                  trigger:
                    - '<p>a ↓banana and a ↓banana</p>'
                    - '<p>↓a banana</p>'
                    - source: '<p>one ↓banana</p>'
                      messages: [not the message]
            """)
        let examples = rule.description.triggeringExamples
        #expect(examples.map(\.source) == ["<p>a banana and a banana</p>", "<p>a banana</p>", "<p>one banana</p>"])
        #expect(examples[0].expectedPositions == [SourcePosition(line: 1, column: 6), SourcePosition(line: 1, column: 19)])
        #expect(examples[2].expectedMessages == ["not the message"])
        let outcomes = RuleExampleRunner.run([rule]).filter(\.shouldTrigger)
        #expect(outcomes.map(\.passed) == [true, false, false], "\(outcomes.map(\.problems))")
        #expect(outcomes[1].problems == ["findings point at 1:6, the example marks 1:4"])
    }
}
