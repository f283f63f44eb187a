import Testing
@_spi(CLI) @testable import SpamLintKit

/// Every rule's examples are run as a lint run would run them (SwiftLint's model: examples are docs and
/// tests at once): triggering examples must produce a finding of that rule, at the places their `↓`
/// markers pin and with the messages they pin, and a `spamlint-disable-file` comment for the rule must
/// silence them; non-triggering ones must produce none.
struct RuleExampleTests {
    /// Swift rules and built-in pack rules alike.
    static let rules: [any Rule] = RuleCatalog.builtIn

    static func outcomes(of id: String) throws -> [RuleExampleRunner.Outcome] {
        let rule = try #require(rules.first { $0.description.id == id })
        return RuleExampleRunner.run([rule])
    }

    @Test("every rule has triggering and non-triggering examples", arguments: rules.map(\.description.id))
    func hasExamples(id: String) throws {
        let rule = try #require(Self.rules.first { $0.description.id == id })
        #expect(!rule.description.triggeringExamples.isEmpty, "\(id) has no triggering example")
        #expect(!rule.description.nonTriggeringExamples.isEmpty, "\(id) has no non-triggering example")
        #expect(!rule.description.rationale.isEmpty && !rule.description.fix.isEmpty && !rule.description.summary.isEmpty)
    }

    @Test("examples pass: triggering ones flagged where marked and silenced by a directive, clean ones not flagged",
          arguments: rules.map(\.description.id))
    func examplesPass(id: String) throws {
        for outcome in try Self.outcomes(of: id) {
            #expect(outcome.passed, "\(id): example at \(outcome.example.file):\(outcome.example.line): \(outcome.problems)")
        }
    }

    /// A triggering example that cannot carry a directive is a message whose body has no HTML the reader
    /// takes comments from; every other one is run suppressed.
    @Test("triggering examples are run with a suppression comment where the file can carry one", arguments: rules.map(\.description.id))
    func triggeringExamplesRunSuppressed(id: String) throws {
        for outcome in try Self.outcomes(of: id) where outcome.shouldTrigger && outcome.findingsWhenSuppressed == nil {
            let document = EmailReader.read(Array(outcome.example.source.utf8))
            #expect(document.kind == .message && document.htmlBodies.isEmpty,
                    "\(id): example at \(outcome.example.file):\(outcome.example.line) was not run with a suppression comment")
        }
    }

    @Test func ruleIDsAreUniqueStableKebabCase() {
        let ids = Self.rules.map(\.description.id)
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(id.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" } && !id.hasPrefix("-") && !id.hasSuffix("-"), "\(id)")
        }
    }
}
