import ArgumentParser
import Foundation
@_spi(CLI) import SpamLintKit

extension SpamLint {
    struct Config: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "config",
            abstract: "Show the configuration one file is linted with, and where each setting came from.",
            discussion: """
                The .spamlint.yml files from the file's folder up to one with `root: true` or the repository root \
                apply, nearer ones winning; then each `overrides:` entry whose globs match the file; then the \
                command line. Exit status: 0, or 2 when a configuration file does not load.
                """)

        @Option(name: .customLong("print"), help: "The file (it need not exist yet) whose effective configuration to print.")
        var file: String

        @OptionGroup var sender: SenderOptions

        @Option(help: "Output format: text or json.")
        var format: String = "text"

        mutating func validate() throws {
            guard format == "text" || format == "json" else { throw ValidationError("Unknown format '\(format)'; use text or json.") }
        }

        struct Output: Encodable {
            var file: String
            var configurationFiles: [String]
            var settings: [Setting]
        }

        struct Setting: Encodable {
            var key: String
            var value: String
            var origin: String
        }

        func run() throws {
            let setup = try LintSetup(sender: sender, firstPath: file)
            let fileSetup: FileSetup
            do {
                fileSetup = try setup.setup(forFile: file)
            } catch {
                throw LintSetup.exit(after: error)
            }
            let settings = fileSetup.effectiveSettings.map { Setting(key: $0.key, value: $0.value, origin: $0.origin) }
            if format == "json" {
                try StandardOutput.line(JSONOutput.string(Output(file: file, configurationFiles: fileSetup.configurationFiles, settings: settings)))
                return
            }
            try StandardOutput.line("# \(TerminalSafe.clean(file))")
            try StandardOutput.line("# configuration files: " + (fileSetup.configurationFiles.isEmpty ? "none" : fileSetup.configurationFiles.joined(separator: ", ")))
            let width = min(48, (settings.map { $0.key.count + $0.value.count + 2 }.max() ?? 0))
            for setting in settings {
                let line = "\(setting.key): \(TerminalSafe.clean(setting.value))"
                try StandardOutput.line(line + String(repeating: " ", count: max(1, width - line.count + 2)) + "# " + setting.origin)
            }
        }
    }
}
