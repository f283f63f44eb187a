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
    static func main() {
        do {
            var command = try SpamLint.parseAsRoot()
            try command.run()
        } catch {
            let code = SpamLint.exitCode(for: error)
            if code == .success {
                SpamLint.exit(withError: error)
            }
            if let exitCode = error as? ExitCode {
                exit(exitCode.rawValue)
            }
            let message = SpamLint.fullMessage(for: error)
            if !message.isEmpty { printError(message) }
            exit(code == .validationFailure || code.rawValue == 64 ? 2 : (code.rawValue == 1 ? 2 : code.rawValue))
        }
    }
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
