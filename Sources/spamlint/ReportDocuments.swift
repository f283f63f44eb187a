import Foundation
@_spi(CLI) import SpamLintKit

/// The model of each linted file, read again for `--format html` (its rendered copies and pins),
/// with the file's own configuration, as `spamlint extract` reads it. The report asks once per
/// file, so nothing is kept: a run of thousands of files does not hold every model at once.
/// Standard input was consumed and is not read again: its findings are listed without a rendered copy.
final class ReportDocuments: Sendable {
    private let files: [String: (file: InputFile, setup: FileSetup)]

    init(files: [InputFile], setups: [FileSetup]) {
        var byPath: [String: (InputFile, FileSetup)] = [:]
        for (file, setup) in zip(files, setups) where !file.isStandardInput { byPath[file.displayPath] = (file, setup) }
        self.files = byPath
    }

    func document(for displayPath: String) -> EmailDocument? {
        guard let entry = files[displayPath] else { return nil }
        let options = entry.setup.options
        guard case .success(let bytes) = FileLoader.load(entry.file, maxSize: options.maxFileSize) else { return nil }
        return EmailReader.read(bytes, settings: options.settings.reading(path: entry.file.openPath))
    }
}
