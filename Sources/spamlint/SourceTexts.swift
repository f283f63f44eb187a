import Foundation
@_spi(CLI) import SpamLintKit

/// The text of each linted file, read again for `--show-source` (standard input was consumed and
/// is not shown). Read lazily, once per file, under the same size limit as linting.
final class SourceTexts: @unchecked Sendable {
    private let openPaths: [String: String]
    private let lock = NSLock()
    private var texts: [String: String?] = [:]

    init(files: [InputFile]) {
        var paths: [String: String] = [:]
        for file in files where !file.isStandardInput { paths[file.displayPath] = file.openPath }
        openPaths = paths
    }

    func text(for displayPath: String) -> String? {
        lock.lock()
        defer { lock.unlock() }
        if let known = texts[displayPath] { return known }
        let text = openPaths[displayPath].flatMap { path -> String? in
            guard case .success(let bytes) = FileLoader.load(InputFile(displayPath: path, openPath: path), maxSize: 50 * 1024 * 1024) else { return nil }
            return String(decoding: bytes, as: UTF8.self)
        }
        texts[displayPath] = text
        return text
    }
}
