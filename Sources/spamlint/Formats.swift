import ArgumentParser
@_spi(CLI) import SpamLintKit

extension SpamLint {
    struct Formats: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "formats", abstract: "List the output formats `lint --format` accepts.")

        func run() throws {
            try StandardOutput.write(Reporters.listing)
        }
    }
}
