/// Runs a rule on one of its examples, the way `spamlint rules test` and the test suite do.
public enum RuleExampleRunner {
    public static func violations(of rule: any Rule, in example: RuleExample, domains: DomainKnowledge = .builtIn) -> [Violation] {
        let settings = ReadSettings(from: example.from, sendingDomain: example.sendingDomain)
        let document = EmailReader.read(Array(example.source.utf8), settings: settings)
        return rule.check(document, in: RuleContext(domains: domains))
    }

    /// One example's outcome.
    public struct Outcome: Sendable {
        public var rule: String
        public var example: RuleExample
        /// True for a triggering example, false for a clean one.
        public var shouldTrigger: Bool
        public var violations: [Violation]
        public var passed: Bool { shouldTrigger != violations.isEmpty }
    }

    /// Every example of every rule, in declaration order.
    public static func run(_ rules: [any Rule]) -> [Outcome] {
        rules.flatMap { rule in
            rule.description.triggeringExamples.map { Outcome(rule: rule.description.id, example: $0, shouldTrigger: true, violations: violations(of: rule, in: $0)) }
                + rule.description.nonTriggeringExamples.map { Outcome(rule: rule.description.id, example: $0, shouldTrigger: false, violations: violations(of: rule, in: $0)) }
        }
    }
}
