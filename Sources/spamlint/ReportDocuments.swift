import Foundation
@_spi(CLI) import SpamLintKit

/// The model of each linted file, read again for `--format html` (its rendered copies and pins),
/// with the file's own configuration, as `spamlint extract` reads it. Standard input was consumed
/// and is not read again: its findings are listed without a rendered copy.
final class ReportDocuments: @unchecked Sendable {
    private let files: [String: (file: InputFile, setup: FileSetup)]
    private let lock = NSLock()
    private var documents: [String: EmailDocument?] = [:]

    init(files: [InputFile], setups: [FileSetup]) {
        var byPath: [String: (InputFile, FileSetup)] = [:]
        for (file, setup) in zip(files, setups) where !file.isStandardInput { byPath[file.displayPath] = (file, setup) }
        self.files = byPath
    }

    func document(for displayPath: String) -> EmailDocument? {
        lock.lock()
        defer { lock.unlock() }
        if let known = documents[displayPath] { return known }
        let document = files[displayPath].flatMap { entry -> EmailDocument? in
            let options = entry.setup.options
            guard case .success(let bytes) = FileLoader.load(entry.file, maxSize: options.maxFileSize) else { return nil }
            return EmailReader.read(bytes, settings: options.settings.reading(path: entry.file.openPath))
        }
        documents[displayPath] = document
        return document
    }
}
