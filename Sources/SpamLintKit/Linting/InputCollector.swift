import Foundation

/// Expands the paths on the command line into the files to lint: directories recursively and in
/// sorted order, filtered by extension and include/exclude globs; a file named explicitly is
/// always linted.
public struct InputCollector: Sendable {
    public static let defaultExtensions: Set<String> = [
        "html", "htm", "eml", "hbs", "handlebars", "mustache", "liquid", "hubl", "j2", "jinja", "tpl", "mjml",
    ]

    public var include: [GlobPattern]
    public var exclude: [GlobPattern]
    /// Folder the globs are relative to (the config file's folder, or the current directory).
    public var baseDirectory: String

    public init(include: [String] = [], exclude: [String] = [], baseDirectory: String = FileManager.default.currentDirectoryPath) {
        self.include = include.map(GlobPattern.init)
        self.exclude = exclude.map(GlobPattern.init)
        self.baseDirectory = URL(fileURLWithPath: baseDirectory).standardizedFileURL.path
    }

    /// The files to lint, and an error for each path that does not exist.
    public func collect(_ paths: [String]) -> (files: [InputFile], missing: [String]) {
        var files: [InputFile] = []
        var missing: [String] = []
        var seen: Set<String> = []
        for path in paths {
            if path == "-" {
                files.append(.standardInput)
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                missing.append(path)
                continue
            }
            if !isDirectory.boolValue {
                if seen.insert(canonical(path)).inserted { files.append(InputFile(displayPath: path, openPath: path)) }
                continue
            }
            for file in walk(path) where seen.insert(canonical(file)).inserted && isSelected(file) {
                files.append(InputFile(displayPath: file, openPath: file))
            }
        }
        return (files, missing)
    }

    private func walk(_ directory: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                // Hidden folders (.git, .build) are skipped entirely; hidden files too.
                if enumerator.fileAttributes?[.type] as? FileAttributeType == .typeDirectory { enumerator.skipDescendants() }
                continue
            }
            // A name that is not UTF-8 comes back with U+FFFD and cannot be stat'ed or opened through
            // Foundation; it is kept so the loader reports it instead of it vanishing from the run.
            let unopenableName = enumerator.fileAttributes == nil && name.unicodeScalars.contains("\u{FFFD}")
            guard unopenableName || enumerator.fileAttributes?[.type] as? FileAttributeType == .typeRegular else { continue }
            let ext = (name as NSString).pathExtension.lowercased()
            guard InputCollector.defaultExtensions.contains(ext) || !include.isEmpty else { continue }
            found.append(directory == "." ? relative : (directory.hasSuffix("/") ? directory + relative : directory + "/" + relative))
        }
        return found.sorted()
    }

    private func isSelected(_ path: String) -> Bool {
        let relative = relativeToBase(path)
        if !include.isEmpty, !include.contains(where: { $0.matches(relative) }) { return false }
        return !exclude.contains { $0.matches(relative) }
    }

    private func relativeToBase(_ path: String) -> String {
        let absolute = canonical(path)
        let prefix = baseDirectory.hasSuffix("/") ? baseDirectory : baseDirectory + "/"
        return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : absolute
    }

    private func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
