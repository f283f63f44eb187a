import Foundation
import Testing
@_spi(CLI) @testable import SpamLintKit

/// Lints every file of the shared corpus of real templates and messages (when it is present):
/// no crash, no error status, every message read as a message.
struct CorpusRobustnessTests {
    static var corpusFiles: [InputFile] {
        guard FileManager.default.fileExists(atPath: TestPaths.sharedCorpus.path) else { return [] }
        var collector = InputCollector(baseDirectory: TestPaths.sharedCorpus.path)
        collector.include = []
        let templates = collector.collect([TestPaths.sharedCorpus.appendingPathComponent("templates").path]).files
        let messages = allFiles(under: TestPaths.sharedCorpus.appendingPathComponent("messages"))
        return templates + messages
    }

    /// Messages in the corpus have no extension in places; take every regular file.
    static func allFiles(under folder: URL) -> [InputFile] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var files: [InputFile] = []
        while let relative = enumerator.nextObject() as? String {
            guard enumerator.fileAttributes?[.type] as? FileAttributeType == .typeRegular else { continue }
            let path = folder.appendingPathComponent(relative).path
            files.append(InputFile(displayPath: path, openPath: path))
        }
        return files.sorted { $0.displayPath < $1.displayPath }
    }

    @Test func everyCorpusFileIsLintedWithoutError() throws {
        let files = Self.corpusFiles
        try #require(!files.isEmpty || !FileManager.default.fileExists(atPath: TestPaths.sharedCorpus.path))
        var errors: [String] = []
        var messages = 0
        var templates = 0
        var findings = 0
        LintRunner(linter: Linter()).run(files) { report in
            if let error = report.error { errors.append("\(report.path): \(error)") }
            if report.kind == .message { messages += 1 } else { templates += 1 }
            findings += report.findings.count
        }
        #expect(errors.isEmpty, "\(errors.prefix(5))")
        if !files.isEmpty {
            #expect(messages > 5_000, "only \(messages) files were read as messages")
            #expect(templates > 300, "only \(templates) files were read as templates")
            #expect(findings > 0)
        }
    }
}
