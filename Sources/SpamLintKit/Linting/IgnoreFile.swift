import Foundation

/// A `.spamlintignore`: gitignore-style lines (`#` comments, `!` to re-include, a `/` anchors a
/// pattern to the file's folder, a trailing `/` means everything below), relative to its folder.
struct IgnoreFile: Sendable {
    static let fileName = ".spamlintignore"
    /// An ignore file is a few lines; a larger one is not read (1 MB, as a configuration file).
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

    /// Reads `folder/.spamlintignore` if there is one.
    static func load(folder: String) -> IgnoreFile? {
        let path = (folder as NSString).appendingPathComponent(fileName)
        // Never blocks on a FIFO of that name; one that cannot be read ignores nothing.
        guard case .success(let text) = SmallFileReader.text(path, limit: maxFileSize) else { return nil }
        return IgnoreFile(folder: folder, text: text)
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
    /// `directory` alone without one), outermost first.
    static func ancestors(of directory: String, upTo root: String?) -> [IgnoreFile] {
        var files: [IgnoreFile] = []
        var folder = directory
        while true {
            if let file = load(folder: folder) { files.append(file) }
            guard let root, folder != root, folder.hasPrefix(root) else { break }
            let parent = (folder as NSString).deletingLastPathComponent
            if parent == folder { break }
            folder = parent
        }
        return files.reversed()
    }
}
