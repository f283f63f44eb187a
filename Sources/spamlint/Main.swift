import ArgumentParser
import Foundation
import SpamLintInterop
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs the command and maps argument-parser's usage exit status (64) to spamlint's 2.
@main
enum Main {
    static func main() async {
        // Before anything is opened: a closed 0, 1 or 2 must not be handed to an input or a report file.
        StandardDescriptors.reserveClosed()
        StandardDescriptors.ignoreBrokenPipe()
        do {
            let arguments = PositionalBatching.batched(Array(CommandLine.arguments.dropFirst()),
                                                       subcommandNames: DefaultCommandParsing.subcommandNames)
            var command = try DefaultCommandParsing.parse(arguments)
            if var lint = command as? SpamLint.Lint {
                lint.paths = PositionalBatching.unbatched(lint.paths)
                command = lint
            }
            // `lint` runs its files in a task group; the other commands are synchronous.
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let exitCode as ExitCode {
            // A message lost on the way to standard error is an I/O error, which wins over a failed gate.
            exit(StandardError.failed ? 2 : exitCode.rawValue)
        } catch {
            // --help and --version arrive as errors that exit 0; printed here, so a failed write is exit 2.
            if SpamLint.exitCode(for: error) == .success {
                let message = SpamLint.fullMessage(for: error)
                let written = (try? StandardOutput.line(message)) != nil
                exit(written && !StandardError.failed ? 0 : 2)
            }
            // Anything else the parser throws is a usage error: spamlint's 2, not EX_USAGE (64).
            printError(SpamLint.fullMessage(for: error))
            exit(2)
        }
        // A message that could not be written to standard error: the run cannot be called clean.
        if StandardError.failed { exit(2) }
    }
}
