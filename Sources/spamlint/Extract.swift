import ArgumentParser
import Foundation
@_spi(CLI) import SpamLintKit

extension SpamLint {
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "extract",
            abstract: "Print what the engine sees in each file: headers, senders, links, images, text, parts.")

        @Argument(help: "Files to read, or - for standard input.")
        var paths: [String] = []

        @OptionGroup var sender: SenderOptions

        @Option(help: "Output format (json).")
        var format: String = "json"

        @Option(help: "Write to this file instead of standard output.")
        var output: String?

        mutating func validate() throws {
            guard !paths.isEmpty else { throw ValidationError("Give at least one file to extract.") }
            guard format == "json" else { throw ValidationError("Unknown format '\(format)'; extract writes json.") }
        }

        struct Entry: Encodable {
            var path: String
            var error: String?
            var document: EmailDocument?
            /// What the bulk-mail rules take the file to be for, and why.
            var purpose: PurposeAssessment?
        }

        func run() throws {
            let setup = try LintSetup(sender: sender, firstPath: paths.first, needsRules: false)
            let (files, missing) = InputCollector().collect(paths)
            try OutputTargets.refuseClashes([("--output", output)], inputs: files)
            var entries = missing.map { Entry(path: $0, error: FileLoader.LoadError.unopenable($0).description, document: nil) }
            for file in files {
                // Each file is read with its own configuration's sender, purpose and partial folders.
                let options: LintOptions
                do {
                    options = try setup.setup(forFile: file.isStandardInput ? "-" : file.openPath).options
                } catch {
                    throw LintSetup.exit(after: error)
                }
                switch FileLoader.load(file, maxSize: options.maxFileSize) {
                case .success(let bytes):
                    let document = EmailReader.read(bytes, settings: options.settings.reading(path: file.isStandardInput ? nil : file.openPath))
                    entries.append(Entry(path: file.displayPath, error: nil, document: document, purpose: PurposeAssessment.of(document)))
                case .failure(let error):
                    entries.append(Entry(path: file.displayPath, error: error.description, document: nil))
                }
            }
            try ReportWriter.write(JSONOutput.string(entries) + "\n", to: output)
            if entries.contains(where: { $0.error != nil }) { throw ExitCode(2) }
        }
    }
}
