import Foundation
import ArgumentParser
@_spi(CLI) import SpamLintKit

/// Parses `spamlint PATH… [OPTIONS]`, the default `lint` command without its name, with `lint` alone.
///
/// From the root, swift-argument-parser first builds and reflects over every subcommand and looks
/// for completion-script requests, a large share of a one-file run such as a pre-commit hook's.
/// Only command lines the root could read differently skip this: any that name a subcommand or
/// `help`, ask for help, the version or a completion script. A command line `lint` refuses is
/// parsed again from the root, so every error and usage message reads as it always did.
enum DefaultCommandParsing {
    /// Arguments the root command answers itself (or that name a subcommand once it is known).
    static let rootArguments: Set<String> = ["help", "-h", "--help", "--version", "--experimental-dump-help"]

    static func parse(_ arguments: [String]) throws -> any ParsableCommand {
        try refuseUnknownWord(arguments)
        if mayGoStraightToLint(arguments), let lint = try? SpamLint.Lint.parseAsRoot(arguments) { return lint }
        return try SpamLint.parseAsRoot(arguments)
    }

    static func mayGoStraightToLint(_ arguments: [String]) -> Bool {
        !arguments.contains { argument in
            rootArguments.contains(argument) || subcommandNames.contains(argument)
                || argument.hasPrefix("--generate-completion-script") || argument.hasPrefix("---")
        }
    }

    /// A first word that is neither a subcommand nor an existing path, and does not look like a
    /// path (no `/`, no `.`), is a mistyped subcommand (`spamlint explian link-shortener`), not a
    /// file to lint: a usage error with the nearest subcommand, rather than "no such file".
    static func refuseUnknownWord(_ arguments: [String]) throws {
        guard let first = arguments.first, !first.hasPrefix("-"), !subcommandNames.contains(first),
              !first.contains("/"), !first.contains("."), !first.contains("\u{0}"),
              !FileManager.default.fileExists(atPath: first),
              // A dangling link or a link loop is a path too: lint says what is wrong with it.
              (try? FileManager.default.destinationOfSymbolicLink(atPath: first)) == nil else { return }
        let visible = subcommandNames.subtracting(["help"])
        throw ValidationError("'\(first)' is neither a subcommand nor a file or folder"
                              + SpellingSuggestion.hint(for: first, among: visible)
                              + "; subcommands: \(visible.sorted().joined(separator: ", "))")
    }

    static let subcommandNames = PositionalBatching.subcommandNames(of: SpamLint.self)
}
