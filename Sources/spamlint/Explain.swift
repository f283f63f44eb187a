import ArgumentParser
import SpamLintKit

extension SpamLint {
    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Explain one rule: why it matters, how to fix it, examples.")

        @Argument(help: "A rule id, e.g. link-shortener.")
        var rule: String

        func run() throws {
            // DNS checks (`auth`, `lint --dns`) share the rule-id namespace but are not document rules.
            if let check = DNSCheckCatalog.description(for: rule) {
                print(RuleDocumentation.full(check))
                return
            }
            guard let rule = BuiltInRules.all.first(where: { $0.description.id == rule }) else {
                printError("spamlint: unknown rule '\(self.rule)'; `spamlint rules` lists them.")
                throw ExitCode(2)
            }
            print(RuleDocumentation.full(rule.description))
        }
    }
}
