import Foundation

/// A `.spamlintignore`: gitignore-style lines (`#` comments, `!` to re-include, a `/` anchors a
/// pattern to the file's folder, a trailing `/` means everything below), relative to its folder.
struct IgnoreFile: Sendable {
    static let fileName = ".spamlintignore"
    /// An ignore file is a few lines; a larger one is an error (1 MB, as a configuration file).
    static let maxFileSize = 1024 * 1024

    /// The folder the patterns are relative to, absolute and standardized.
    var folder: String
    var patterns: [(glob: GlobPattern, negated: Bool)]

    init(folder: String, text: String) {
        self.folder = folder
        patterns = text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline).compactMap { rawLine in
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty, !line.hasPrefix("#") else { return nil }
            let negated = line.hasPrefix("!")
            let pattern = negated ? String(line.dropFirst()) : line
            guard !pattern.isEmpty else { return nil }
            return (GlobPattern(pattern), negated)
        }
    }

    /// Reads `folder/.spamlintignore`: nil when there is none, a failure naming the file when one is
    /// there but cannot be read (no permission, over `maxFileSize`, a FIFO or a folder). Such a file
    /// stops the walk instead of ignoring nothing: linting what the user asked to leave out (vendored
    /// or generated mail) would fail the gate for the wrong files, as git and ruff refuse too.
    static func load(folder: String) -> Result<IgnoreFile, UnreadableIgnoreFile>? {
        let path = (folder as NSString).appendingPathComponent(fileName)
        // Never blocks on a FIFO of that name.
        switch SmallFileReader.text(path, limit: maxFileSize) {
        case .success(let text): return .success(IgnoreFile(folder: folder, text: text))
        case .failure(.missing): return nil
        case .failure(let problem): return .failure(UnreadableIgnoreFile(path: path, reason: problem.description))
        }
    }

    /// true (ignored), false (re-included by `!`) or nil (no pattern speaks of it); the last
    /// matching line wins, as in `.gitignore`.
    func verdict(forFile path: String) -> Bool? {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        guard path.hasPrefix(prefix) else { return nil }
        let relative = String(path.dropFirst(prefix.count))
        var verdict: Bool?
        for pattern in patterns where pattern.glob.matches(relative) { verdict = !pattern.negated }
        return verdict
    }
}

extension IgnoreFile {
    /// The `.spamlintignore` files of `directory` and the folders above it up to `root` (or
    /// `directory` alone without one), outermost first; the first one that cannot be read fails them all.
    static func ancestors(of directory: String, upTo root: String?) -> Result<[IgnoreFile], UnreadableIgnoreFile> {
        var files: [IgnoreFile] = []
        var folder = directory
        while true {
            switch load(folder: folder) {
            case .success(let file): files.append(file)
            case .failure(let problem): return .failure(problem)
            case nil: break
            }
            guard let root, folder != root, folder.hasPrefix(root) else { break }
            let parent = (folder as NSString).deletingLastPathComponent
            if parent == folder { break }
            folder = parent
        }
        return .success(files.reversed())
    }
}
