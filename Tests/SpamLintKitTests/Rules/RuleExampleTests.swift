import Testing
@testable import SpamLintKit

/// Every rule's examples are run: triggering examples must produce a finding of that rule,
/// non-triggering ones none (SwiftLint's model: examples are docs and tests at once).
struct RuleExampleTests {
    /// Swift rules and built-in pack rules alike.
    static let rules: [any Rule] = RuleCatalog.builtIn

    static func findings(of rule: any Rule, in example: RuleExample) -> [Violation] {
        RuleExampleRunner.violations(of: rule, in: example)
    }

    @Test("every rule has triggering and non-triggering examples", arguments: rules.map(\.description.id))
    func hasExamples(id: String) throws {
        let rule = try #require(Self.rules.first { $0.description.id == id })
        #expect(!rule.description.triggeringExamples.isEmpty, "\(id) has no triggering example")
        #expect(!rule.description.nonTriggeringExamples.isEmpty, "\(id) has no non-triggering example")
        #expect(!rule.description.rationale.isEmpty && !rule.description.fix.isEmpty && !rule.description.summary.isEmpty)
    }

    @Test("triggering examples trigger", arguments: rules.map(\.description.id))
    func triggeringExamplesTrigger(id: String) throws {
        let rule = try #require(Self.rules.first { $0.description.id == id })
        for example in rule.description.triggeringExamples {
            #expect(!Self.findings(of: rule, in: example).isEmpty, "\(id): example at \(example.file):\(example.line) did not trigger")
        }
    }

    @Test("non-triggering examples stay clean", arguments: rules.map(\.description.id))
    func nonTriggeringExamplesPass(id: String) throws {
        let rule = try #require(Self.rules.first { $0.description.id == id })
        for example in rule.description.nonTriggeringExamples {
            let findings = Self.findings(of: rule, in: example)
            #expect(findings.isEmpty, "\(id): example at \(example.file):\(example.line) triggered: \(findings.map(\.message))")
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
