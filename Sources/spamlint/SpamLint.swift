import ArgumentParser
@_spi(CLI) import SpamLintKit

struct SpamLint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spamlint",
        abstract: "Find spam and deliverability risks in email templates and .eml messages before you send them.",
        discussion: """
            Exit status: 0 when no file fails the gate (--fail-score, --fail-on, --max-findings; by default \
            a score of 5.0 or an error-severity finding fails a file); 1 when one does (0 with --exit-zero); \
            2 for usage, configuration or I/O errors (the other files are still linted).
            """,
        version: SpamLint.versionText,
        subcommands: [Lint.self, Extract.self, Rules.self, Explain.self, Formats.self, Config.self, Auth.self, Diagnose.self],
        defaultSubcommand: Lint.self
    )
}

extension SpamLint {
    /// `spamlint --version`: the release and the commit it was built from.
    static var versionText: String {
        let commit = BuildCommit.hash.map { "commit \($0)" } ?? "commit unknown (not built from a git checkout or a git archive)"
        return "spamlint \(SpamLintVersion.current) (\(commit))"
    }
}
