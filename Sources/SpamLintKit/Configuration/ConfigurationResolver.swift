import Foundation

/// Finds the configuration files that apply to each folder: the `.spamlint.yml` files from the
/// folder up to the first with `root: true`, or up to the repository root (the folder holding
/// `.git`), or the file-system root, outermost first, so nearer files win. Every folder's answer
/// depends on the folder alone, never on which files a run lints or in what order, and each file
/// is read once per run however many folders share it.
///
/// Rule ids a file names are checked against the built-in rules and the packs of that file and
/// of the files above it. Safe to share between threads.
@_spi(CLI) public final class ConfigurationResolver: @unchecked Sendable {
    /// `--config FILE`: this one file applies everywhere, and no other is read.
    @_spi(CLI) public let explicitFile: String?
    private let lock = NSLock()
    private var chains: [String: Result<[Configuration], ConfigurationError>] = [:]

    @_spi(CLI) public init(explicitFile: String? = nil) {
        self.explicitFile = explicitFile
    }

    /// The chain for the folder a file sits in (absolute or relative to the working directory).
    @_spi(CLI) public func chain(forDirectory directory: String) -> Result<[Configuration], ConfigurationError> {
        lock.lock()
        defer { lock.unlock() }
        if let explicitFile {
            let key = "--config"
            if let known = chains[key] { return known }
            let result = Result { () throws -> [Configuration] in
                let (own, errors) = try Self.load(explicitFile)
                return try Self.validated([own], ownErrors: errors)
            }.mapError(Self.configurationError)
            chains[key] = result
            return result
        }
        return chainLocked(AbsolutePath.of(directory))
    }

    /// The chain for the folder of `file`.
    @_spi(CLI) public func chain(forFile file: String) -> Result<[Configuration], ConfigurationError> {
        chain(forDirectory: (file as NSString).deletingLastPathComponent)
    }

    private func chainLocked(_ directory: String) -> Result<[Configuration], ConfigurationError> {
        if let known = chains[directory] { return known }
        let candidate = (directory as NSString).appendingPathComponent(ConfigurationLoader.fileName)
        let parent = (directory as NSString).deletingLastPathComponent
        let result: Result<[Configuration], ConfigurationError>
        do {
            let loaded = FileManager.default.fileExists(atPath: candidate) ? try Self.load(candidate) : nil
            var chain: [Configuration] = []
            let stops = loaded?.0.root == true || Self.isRepositoryRoot(directory) || parent == directory || parent.isEmpty
            if !stops { chain = try chainLocked(parent).get() }
            // The file's own problems and those of its rule ids against the whole chain are reported together.
            if let (own, errors) = loaded { chain = try Self.validated(chain + [own], ownErrors: errors) }
            result = .success(chain)
        } catch {
            result = .failure(Self.configurationError(error))
        }
        chains[directory] = result
        return result
    }

    /// A folder holding `.git` (a folder, or a file in a linked work tree or submodule).
    @_spi(CLI) public static func isRepositoryRoot(_ directory: String) -> Bool {
        FileManager.default.fileExists(atPath: (directory as NSString).appendingPathComponent(".git"))
    }

    /// Loads a file named, in errors and traces, relative to the working directory when inside it.
    private static func load(_ path: String) throws -> (Configuration, [ConfigurationError]) {
        try ConfigurationLoader.loadPartially(path: relativeToWorkingDirectory(path), checksRuleIDs: false)
    }

    static func relativeToWorkingDirectory(_ path: String) -> String {
        guard path.hasPrefix("/") else { return path }
        let working = FileManager.default.currentDirectoryPath
        let prefix = working.hasSuffix("/") ? working : working + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    /// Checks the last file's rule ids against the packs of the whole chain, and that no two
    /// packs of the chain define the same id.
    private static func validated(_ chain: [Configuration], ownErrors: [ConfigurationError]) throws -> [Configuration] {
        guard let last = chain.last else { return chain }
        var errors = ownErrors
        var seenPacks: Set<String> = []
        var owners: [String: String] = RuleCatalog.builtInIDs
        for configuration in chain {
            for pack in configuration.rulePacks where seenPacks.insert(URL(fileURLWithPath: pack.path).standardizedFileURL.path).inserted {
                for rule in pack.rules {
                    let id = rule.description.id
                    if let owner = owners[id], configuration.file == last.file {
                        errors.append(ConfigurationError(file: last.file ?? "", line: last.locations["rules.packs"]?.line ?? 0, column: 0,
                                                         message: "pack '\(pack.name)' (\(pack.path)) defines rule id '\(id)', already defined by \(owner)"))
                    }
                    owners[id] = "pack '\(pack.name)' (\(pack.path))"
                }
            }
        }
        errors += ConfigurationLoader.unknownRuleIDs(last, known: Set(owners.keys))
        if !errors.isEmpty { throw ConfigurationError(collecting: errors) }
        return chain
    }

    private static func configurationError(_ error: any Error) -> ConfigurationError {
        (error as? ConfigurationError) ?? ConfigurationError(file: "", line: 0, column: 0, message: "\(error)")
    }
}
