import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs the command and maps argument-parser's usage exit status (64) to spamlint's 2.
@main
enum Main {
    static func main() async {
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
            exit(exitCode.rawValue)
        } catch {
            // --help and --version arrive as errors that exit 0.
            if SpamLint.exitCode(for: error) == .success { SpamLint.exit(withError: error) }
            // Anything else the parser throws is a usage error: spamlint's 2, not EX_USAGE (64).
            printError(SpamLint.fullMessage(for: error))
            exit(2)
        }
    }
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
