import ArgumentParser
@_spi(CLI) import SpamLintKit

extension SpamLint {
    /// Runs rule packs' examples the way the test suite runs the built-in ones.
    struct RulesTest: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "test",
            abstract: "Run the examples of YAML rule packs: trigger examples must be flagged (where their ↓ markers point, and silenced by a spamlint-disable-file comment), clean ones not.",
            discussion: "Exit status: 0 when every example passes, 1 when one fails, 2 when a pack cannot be loaded.")

        @Argument(help: "Rule pack files (.yml).")
        var packs: [String] = []

        @Flag(help: "Print failing examples only.")
        var quiet = false

        mutating func validate() throws {
            guard !packs.isEmpty else { throw ValidationError("Give at least one rule pack to test.") }
        }

        func run() throws {
            try LintSetup.checkBuiltInPacksOrExit()
            var loadFailed = false
            var failures = 0
            var total = 0
            for path in packs {
                let pack: RulePack
                do {
                    pack = try RulePackLoader.load(path: path, reservedIDsForPack: reservedIDs(forPack:))
                } catch let error as RulePackError {
                    printError("\(error)")
                    loadFailed = true
                    continue
                }
                for outcome in RuleExampleRunner.run(pack.rules) {
                    total += 1
                    let kind = outcome.shouldTrigger ? "trigger" : "clean"
                    let location = "\(path):\(outcome.example.line)"
                    if outcome.passed {
                        if !quiet { try StandardOutput.line("\(location): pass: \(outcome.rule) \(kind) example") }
                    } else {
                        failures += 1
                        let detail = outcome.problems.map { TerminalSafe.clean($0) }.joined(separator: "; ")
                        try StandardOutput.line("\(location): FAIL: \(outcome.rule) \(kind) example: \(detail)")
                    }
                }
            }
            try StandardOutput.line("\(total) examples, \(total - failures) passed, \(failures) failed\(loadFailed ? "; some packs did not load" : "")")
            if loadFailed { throw ExitCode(2) }
            if failures > 0 { throw ExitCode(1) }
        }

        /// Ids a tested pack may not reuse: every built-in rule's, except those of a built-in pack
        /// of the same name (so an edited copy of a built-in pack can be tested).
        private func reservedIDs(forPack name: String) -> [String: String] {
            let replaced = Set(BuiltInPacks.packs.filter { $0.name == name }.flatMap(\.rules).map(\.description.id))
            return RuleCatalog.builtInIDs.filter { !replaced.contains($0.key) }
        }
    }
}
