import ArgumentParser
@_spi(CLI) import SpamLintKit

/// The CLI's side of `LintSetup`: the sender flags in, a setup error printed and turned into exit 2.
extension LintSetup {
    init(sender: SenderOptions, firstPath: String?, rulePacks: [String] = [], needsRules: Bool = true,
         deferringConfigurationErrors: Bool = false) throws {
        do {
            try self.init(configurationFile: sender.config, near: firstPath, from: sender.from, sendingDomain: sender.sendingDomain,
                          rulePacks: rulePacks, needsRules: needsRules, deferringConfigurationErrors: deferringConfigurationErrors)
        } catch {
            throw LintSetup.exit(after: error)
        }
    }

    static func loadPacks(_ paths: [String]) throws -> [RulePack] {
        do {
            return try LintSetup.loadPacks(paths, after: [])
        } catch {
            throw exit(after: error)
        }
    }

    static func checkBuiltInPacksOrExit() throws {
        do {
            try LintSetup.checkBuiltInPacks()
        } catch {
            throw exit(after: error)
        }
    }

    static func exit(after error: LintSetupError) -> ExitCode {
        printError(error.description.split(separator: "\n").map { "spamlint: \($0)" }.joined(separator: "\n"))
        return ExitCode(2)
    }
}
