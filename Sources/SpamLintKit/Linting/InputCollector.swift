import Foundation
import SpamLintInterop

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

    /// Folders never entered in a walk: dependency trees hold other projects' HTML.
    public static let neverEnteredFolders: Set<String> = ["node_modules"]

    /// The files to lint, and the paths that do not exist (`discover` also tells of folders that give no file).
    public func collect(_ paths: [String]) -> (files: [InputFile], missing: [String]) {
        let discovery = discover(paths)
        let problems = discovery.items.compactMap { item -> String? in
            if case .problem(let path, _) = item, Self.existingKind(path) == nil { path } else { nil }
        }
        return (discovery.files, problems)
    }

    /// The files the paths give, in input order, with a problem in place of each path that gives
    /// none. Folders are walked (see `walk`); `selects`, given a found file's canonical path, says
    /// whether it is linted (the per-file configuration's include/exclude), on top of this
    /// collector's own globs. A file named explicitly is always linted, unless `forceExclude` is set
    /// (ruff's `--force-exclude`, for pre-commit, which names every staged file): then the
    /// `.spamlintignore` files and `selects` apply to it too, and a file they leave out is counted in
    /// `forceExcluded`, not reported as a problem.
    public func discover(_ paths: [String], forceExclude: Bool = false, selects: ((String) -> Bool)? = nil) -> InputDiscovery {
        var discovery = InputDiscovery()
        var seen: Set<String> = []
        // Files named one by one mostly share a few folders: each folder is standardized once.
        var folderKeys: [String: String] = [:]
        // The ignore files in force in each folder of an explicitly named file.
        var ignoreFilesByFolder: [String: Result<[IgnoreFile], UnreadableIgnoreFile>] = [:]
        for path in paths {
            if path == "-" {
                discovery.items.append(.file(.standardInput))
                continue
            }
            guard let isDirectory = Self.existingKind(path) else {
                discovery.items.append(.problem(path: path, message: FileLoader.LoadError.unopenable(path).description))
                continue
            }
            if !isDirectory {
                let key = explicitFileKey(path, folderKeys: &folderKeys)
                guard seen.insert(key).inserted else { continue }
                if forceExclude, case .failure(let problem) = ignoreFiles(forFile: key, cache: &ignoreFilesByFolder) {
                    discovery.items.append(.problem(path: path, message: problem.description))
                    continue
                }
                if forceExclude, isIgnored(canonicalPath: key, cache: &ignoreFilesByFolder)
                    || !isSelected(canonicalPath: key) || !(selects?(key) ?? true) {
                    discovery.forceExcluded.append(path)
                    continue
                }
                discovery.items.append(.file(InputFile(displayPath: path, openPath: path)))
                continue
            }
            let walked = walk(path)
            discovery.skipped += walked.skipped
            if let error = walked.error {
                discovery.items.append(.problem(path: path, message: error))
                continue
            }
            var count = 0
            var excluded = 0
            var duplicates = 0
            for file in walked.files {
                guard seen.insert(file.canonical).inserted else {
                    duplicates += 1
                    continue
                }
                guard isSelected(canonicalPath: file.canonical), selects?(file.canonical) ?? true else {
                    excluded += 1
                    continue
                }
                discovery.items.append(.file(InputFile(displayPath: file.display, openPath: file.display)))
                count += 1
            }
            // A folder whose files were all given before (`spamlint a.html .`) gave files; one that gave none is an error.
            if count == 0 && duplicates == 0 {
                discovery.items.append(.problem(path: path, message: walked.emptyExplanation(excluded: excluded)))
            }
        }
        return discovery
    }

    /// What a folder walk found.
    struct Walk {
        var files: [(display: String, canonical: String)] = []
        var skipped: [SkippedPath] = []
        var ignoredByGit = 0
        var ignoredByIgnoreFile = 0
        /// Why the folder could not be walked at all.
        var error: String?

        /// Why a folder given on the command line gives no file.
        func emptyExplanation(excluded: Int) -> String {
            var reasons: [String] = []
            if ignoredByGit > 0 { reasons.append("\(ignoredByGit) ignored by git") }
            if ignoredByIgnoreFile > 0 { reasons.append("\(ignoredByIgnoreFile) by \(IgnoreFile.fileName)") }
            if excluded > 0 { reasons.append("\(excluded) left out by include/exclude") }
            if !skipped.isEmpty { reasons.append("\(skipped.count) folder\(skipped.count == 1 ? "" : "s") not entered") }
            let extensions = InputCollector.defaultExtensions.sorted().map { "." + $0 }.joined(separator: " ")
            return "no file to lint in this folder ("
                + (reasons.isEmpty ? "no file with one of the extensions \(extensions)" : reasons.joined(separator: ", ")) + ")"
        }
    }

    /// The files under `directory`, sorted, each with its canonical path (the dedup key).
    ///
    /// Hidden files and folders and `node_modules` are skipped; inside a git work tree, so is
    /// what git ignores (asked of `git ls-files`), and what a `.spamlintignore` in the folder, in a
    /// folder above it up to the repository root, or in a folder below names. A folder given as a
    /// symbolic link is followed; links inside the tree are not. Folders that cannot be entered
    /// (no permission, another file system) are returned in `skipped`.
    ///
    /// Reads types from the directory entries instead of stat-ing every file and builds no URL
    /// per file. Paths that are not UTF-8 take Foundation's own route.
    func walk(_ directory: String) -> Walk {
        var result = Walk()
        guard !directory.isEmpty else { return result }
        let base = URL(fileURLWithPath: directory).path
        let basePrefix = base + "/"
        let canonicalDirectory = canonical(directory)
        let listing = DirectoryTreeWalker.listing(under: base) { folder in
            // Hidden folders (.git, .build) are skipped entirely. Foundation decided "folder" by
            // stat-ing the decoded name, which fails when the path is not UTF-8: those are entered.
            !(folder.name.hasPrefix(".") && folder.isValidUTF8) && !InputCollector.neverEnteredFolders.contains(folder.name)
        }
        let display = { (relative: String) -> String in
            relative.isEmpty ? directory : (directory == "." ? relative : (directory.hasSuffix("/") ? directory + relative : directory + "/" + relative))
        }
        result.skipped = listing.skipped.map { SkippedPath(path: display($0.relativePath), reason: $0.reason) }
            .sorted { $0.path < $1.path }
        let repositoryRoot = GitWorkTree.root(containing: canonicalDirectory)
        var gitFiles: Set<String>?
        if repositoryRoot != nil {
            switch GitWorkTree.listedFiles(in: base) {
            case .success(let files): gitFiles = files
            case .failure(let error):
                result.error = "inside a git work tree, but \(error.message)"
                return result
            }
        }
        var ignoreFiles: [IgnoreFile]
        switch IgnoreFile.ancestors(of: canonicalDirectory, upTo: repositoryRoot) {
        case .success(let files): ignoreFiles = files
        case .failure(let problem):
            result.error = problem.description
            return result
        }
        // Any entry of that name, whatever its kind: a folder or FIFO called .spamlintignore is an error too.
        for entry in listing.entries where entry.name == IgnoreFile.fileName && entry.isValidUTF8 {
            let folder = (entry.relativePath as NSString).deletingLastPathComponent
            // The walked folder's own file is among the ancestors already.
            guard !folder.isEmpty else { continue }
            switch IgnoreFile.load(folder: canonicalDirectory + "/" + folder) {
            case .success(let file): ignoreFiles.append(file)
            case .failure(let problem):
                result.error = problem.description
                return result
            case nil: break
            }
        }
        ignoreFiles.sort { $0.folder.count < $1.folder.count }

        var found: [(display: String, canonical: String)] = []
        for entry in listing.entries {
            let relative: String
            let name: String
            let exact: Bool
            if entry.isValidUTF8 {
                guard entry.kind == .regular, !entry.name.hasPrefix(".") else { continue }
                let absolute = base == "/" ? "/" + entry.relativePath : basePrefix + entry.relativePath
                // Foundation took the walked path and removed every occurrence of `base/` from it.
                exact = !Self.contains(entry.relativePath, basePrefix)
                relative = exact ? entry.relativePath : absolute.replacingOccurrences(of: basePrefix, with: "")
                name = entry.name
            } else {
                let decoded = URL(fileURLWithPath: entry.foundationPath ?? entry.relativePath, isDirectory: entry.kind == .directory).path
                relative = decoded.replacingOccurrences(of: basePrefix, with: "")
                name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") { continue }
                // Such a name cannot be stat'ed or opened through Foundation; it is kept so the loader
                // reports it instead of it vanishing from the run.
                let attributes = try? FileManager.default.attributesOfItem(atPath: URL(fileURLWithPath: base).appendingPathComponent(relative).path)
                let unopenableName = attributes == nil && name.unicodeScalars.contains("\u{FFFD}")
                guard unopenableName || attributes?[.type] as? FileAttributeType == .typeRegular else { continue }
                exact = false
            }
            let ext = Self.pathExtension(ofName: name).lowercased()
            guard InputCollector.defaultExtensions.contains(ext) || !include.isEmpty else { continue }
            // A name git cannot have listed as it is (not UTF-8) is kept: the run reports it rather than drops it.
            if let gitFiles, entry.isValidUTF8, !gitFiles.contains(entry.relativePath) {
                result.ignoredByGit += 1
                continue
            }
            let canonicalPath = exact ? Self.joinedCanonical(canonicalDirectory, relative) ?? canonical(display(relative)) : canonical(display(relative))
            if !ignoreFiles.isEmpty, ignoreFiles.compactMap({ $0.verdict(forFile: canonicalPath) }).last == true {
                result.ignoredByIgnoreFile += 1
                continue
            }
            found.append((display(relative), canonicalPath))
        }
        result.files = found.sorted { $0.display < $1.display }
        return result
    }

    /// `canonical(directory + "/" + relative)` without building a URL, for a relative path of real
    /// names (no `.` or `..`): standardizing never looks past the folder part. nil for the paths
    /// whose prefix standardizing may rewrite (automount prefixes), which take the URL route.
    static func joinedCanonical(_ canonicalDirectory: String, _ relative: String) -> String? {
        guard !relative.isEmpty, !relative.hasPrefix("/"), !contains(relative, ".."), !contains(relative, "//") else { return nil }
        let joined = canonicalDirectory.hasSuffix("/") ? canonicalDirectory + relative : canonicalDirectory + "/" + relative
        for prefix in ["/private/", "/var/automount/"] where joined.hasPrefix(prefix) { return nil }
        return joined
    }

    /// Whether `path` exists and is a folder (links followed), as `FileManager.fileExists(atPath:isDirectory:)`
    /// says, with one `stat` when it succeeds; a failing `stat` (missing, dangling link, no access)
    /// is asked of Foundation so those rare cases answer exactly as before.
    static func existingKind(_ path: String) -> Bool? {
        if !path.isEmpty, case .success(let status) = FileStatus.of(path, followingLinks: true) {
            return status.kind == .directory
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        return isDirectory.boolValue
    }

    /// `canonical(path)` for a file named on the command line, built from its folders' keys, which
    /// are remembered in `folderKeys`: files given one by one (`$(find …)`) share their folders, and
    /// a URL per file or per folder was most of the cost of collecting them.
    func explicitFileKey(_ path: String, folderKeys: inout [String: String]) -> String {
        // Climb until a folder whose key is known or that needs the URL route, then join back down.
        var pending: [(path: String, name: String)] = []
        var current = path
        var key: String
        while true {
            if let known = folderKeys[current] {
                key = known
                break
            }
            guard let (folder, name) = Self.folderAndName(current) else {
                key = canonical(current.isEmpty ? FileManager.default.currentDirectoryPath : current)
                if current != path { folderKeys[current] = key }
                break
            }
            pending.append((current, name))
            current = folder
        }
        while let (joinedPath, name) = pending.popLast() {
            key = Self.joinedCanonical(key, name) ?? canonical(joinedPath)
            if joinedPath != path { folderKeys[joinedPath] = key }
        }
        return key
    }

    /// `path` split at its last slash, for `canonical(path) == joinedCanonical(canonical(folder), name)`:
    /// standardizing resolves `.` and `..` in the folder part and leaves a last plain name as it is.
    /// The folder is "" for a bare name (the working folder) and "/" for a name at the root. nil when
    /// the last component is not a plain name (empty, `.`, `..`) or the path starts with `~`.
    static func folderAndName(_ path: String) -> (folder: String, name: String)? {
        guard !path.hasPrefix("~") else { return nil }
        let utf8 = path.utf8
        let slash = utf8.lastIndex(of: 0x2F)
        let nameStart = slash.map { utf8.index(after: $0) } ?? utf8.startIndex
        guard let name = String(utf8[nameStart...]), !name.isEmpty, name != ".", name != ".." else { return nil }
        guard let slash else { return ("", name) }
        if slash == utf8.startIndex { return ("/", name) }
        guard let folder = String(utf8[..<slash]) else { return nil }
        return (folder, name)
    }

    /// Byte-wise substring test (names are compared exactly, not as Characters).
    /// `(name as NSString).pathExtension` for a file name: what follows its last ".", nothing for a name
    /// of one character, one whose only dot is its first character, or "..". Read on the bytes for an
    /// ASCII name without "/" (every Character one byte there); Foundation's answer for any other.
    /// This runs once per file on the main thread, before any file is linted.
    static func pathExtension(ofName name: String) -> String {
        var copy = name
        let fast: String?? = copy.withUTF8 { bytes -> String?? in
            guard ASCIIByte.allASCII(bytes), !bytes.contains(UInt8(ascii: "/")) else { return .none }
            guard bytes.count > 1, let dot = bytes.lastIndex(of: UInt8(ascii: ".")), dot > 0 else { return .some(nil) }
            if dot == bytes.count - 1, dot == 1, bytes[0] == UInt8(ascii: ".") { return .some(nil) }
            return .some(String(decoding: UnsafeBufferPointer(rebasing: bytes[(dot + 1)...]), as: UTF8.self))
        }
        switch fast {
        case .some(let answer): return answer ?? ""
        case .none: return (name as NSString).pathExtension
        }
    }

    private static func contains(_ text: String, _ part: String) -> Bool {
        var text = text, part = part
        return text.withUTF8 { haystack in
            part.withUTF8 { needle in
                guard let first = needle.first else { return true }
                guard haystack.count >= needle.count else { return false }
                for start in 0...(haystack.count - needle.count) where haystack[start] == first {
                    if UnsafeBufferPointer(rebasing: haystack[start..<(start + needle.count)]).elementsEqual(needle) { return true }
                }
                return false
            }
        }
    }

    /// True when a `.spamlintignore` in the file's folder or above it names it: up to the repository
    /// root, or outside a work tree up to the working folder (as a walk of `.` would read them).
    private func isIgnored(canonicalPath: String, cache: inout [String: Result<[IgnoreFile], UnreadableIgnoreFile>]) -> Bool {
        guard case .success(let files) = ignoreFiles(forFile: canonicalPath, cache: &cache) else { return false }
        return files.compactMap { $0.verdict(forFile: canonicalPath) }.last == true
    }

    /// The ignore files in force for a file: in its folder and above, up to the repository root, or
    /// outside a work tree up to the working folder (as a walk of `.` would read them).
    private func ignoreFiles(forFile canonicalPath: String,
                             cache: inout [String: Result<[IgnoreFile], UnreadableIgnoreFile>]) -> Result<[IgnoreFile], UnreadableIgnoreFile> {
        let folder = (canonicalPath as NSString).deletingLastPathComponent
        if let known = cache[folder] { return known }
        // Once per folder: pre-commit names many files in few folders.
        let workingFolder = canonical(FileManager.default.currentDirectoryPath)
        let root = GitWorkTree.root(containing: folder) ?? (folder == workingFolder || folder.hasPrefix(workingFolder + "/") ? workingFolder : nil)
        let files = IgnoreFile.ancestors(of: folder, upTo: root)
        cache[folder] = files
        return files
    }

    private func isSelected(canonicalPath: String) -> Bool {
        let relative = relativeToBase(canonicalPath: canonicalPath)
        if !include.isEmpty, !include.contains(where: { $0.matches(relative) }) { return false }
        return !exclude.contains { $0.matches(relative) }
    }

    private func relativeToBase(canonicalPath absolute: String) -> String {
        let prefix = baseDirectory.hasSuffix("/") ? baseDirectory : baseDirectory + "/"
        return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : absolute
    }

    private func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
