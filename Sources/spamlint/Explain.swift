import ArgumentParser
@_spi(CLI) import SpamLintKit

extension SpamLint {
    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "explain",
            abstract: "Explain one rule: why it matters, how to fix it, examples, how to disable or re-score it.")

        @Argument(help: "A rule id, e.g. link-shortener.")
        var rule: String

        @Option(name: .customLong("rules"), help: "Also look in this YAML rule pack (repeatable).")
        var rulePacks: [String] = []

        func run() throws {
            // DNS checks (`auth`, `lint --dns`) share the rule-id namespace but are not document rules.
            if let check = DNSCheckCatalog.description(for: rule) {
                try StandardOutput.line(RuleDocumentation.full(check))
                return
            }
            try LintSetup.checkBuiltInPacksOrExit()
            let packs = try LintSetup.loadPacks(rulePacks)
            guard let rule = RuleCatalog.rules(adding: packs).first(where: { $0.description.id == rule }) else {
                printError("spamlint: unknown rule '\(self.rule)'; `spamlint rules` lists them.")
                throw ExitCode(2)
            }
            try StandardOutput.line(RuleDocumentation.full(rule.description))
        }
    }
}
