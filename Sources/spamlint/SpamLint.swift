import ArgumentParser
import SpamLintKit

struct SpamLint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spamlint",
        abstract: "Find spam and deliverability risks in email templates and .eml messages before you send them.",
        discussion: """
            Exit status: 0 when no file reaches the fail score and none has an error-severity finding; \
            1 when one does; 2 for usage, configuration or I/O errors (the other files are still linted).
            """,
        version: SpamLintVersion.current,
        subcommands: [Lint.self, Extract.self, Rules.self, Explain.self, Auth.self, Diagnose.self],
        defaultSubcommand: Lint.self
    )
}
