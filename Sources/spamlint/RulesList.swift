import ArgumentParser
@_spi(CLI) import SpamLintKit

extension SpamLint {
    struct RulesList: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List the rules with their ids, defaults, packs and examples.")

        @Option(help: "Output format: text, markdown or json.")
        var format: String = "text"

        @Flag(help: "Also print each rule's triggering and non-triggering examples.")
        var examples = false

        @Option(name: .customLong("rules"), help: "Also list the rules of this YAML rule pack (repeatable).")
        var rulePacks: [String] = []

        @Flag(name: .customLong("dns-checks"), help: "List the DNS checks of `auth` and `lint --dns` instead of the document rules.")
        var dnsChecks = false

        mutating func validate() throws {
            guard ["text", "markdown", "json"].contains(format) else {
                throw ValidationError("Unknown format '\(format)'; use text, markdown or json.")
            }
        }

        func run() throws {
            try LintSetup.checkBuiltInPacksOrExit()
            let packs = try LintSetup.loadPacks(rulePacks)
            let descriptions = dnsChecks ? DNSCheckCatalog.all.sorted { $0.id < $1.id }
                : RuleCatalog.rules(adding: packs).map(\.description)
            switch format {
            case "markdown": try StandardOutput.write(RuleDocumentation.markdownTable(descriptions))
            case "json": try StandardOutput.line(RuleDocumentation.json(descriptions))
            default:
                try StandardOutput.line(RuleDocumentation.header)
                for description in descriptions {
                    try StandardOutput.line(RuleDocumentation.line(description))
                    if examples { try StandardOutput.line(RuleDocumentation.examples(description)) }
                }
            }
        }
    }
}
