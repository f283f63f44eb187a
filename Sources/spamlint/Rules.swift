import ArgumentParser
@_spi(CLI) import SpamLintKit

extension SpamLint {
    /// `spamlint rules` lists the rules (the default `list`); `spamlint rules test PACK…` runs packs' examples.
    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rules",
            abstract: "List the rules (default), or test rule packs' examples.",
            subcommands: [RulesList.self, RulesTest.self],
            defaultSubcommand: RulesList.self
        )
    }
}
