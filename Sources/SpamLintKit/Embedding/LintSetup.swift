import Foundation

/// The configuration a run uses, found the way the CLI finds it, and the lint options it gives.
///
/// Each file uses the `.spamlint.yml` files from its own folder upwards (see
/// `ConfigurationResolver`), or the given configuration file for every file; the `overrides:`
/// entries whose globs match it; then the run's `flags`, which win. So the order and batching of
/// the files never change a file's result.
public struct LintSetup: Sendable {
    /// The nearest configuration of `near` (the first path), if any.
    public var configuration: Configuration?
    /// The options for `near`: what `lint(bytes:)` of an engine uses.
    public var options = LintOptions()
    /// Settings that win over every configuration.
    public var flags: LintFlags
    /// The packs given for the whole run (`--rules`).
    @_spi(CLI) public var extraPacks: [RulePack] = []
    /// User packs of `near`'s configurations, then the extra packs.
    @_spi(CLI) public var userPacks: [RulePack] = []
    @_spi(CLI) public let resolver: ConfigurationResolver
    let needsRules: Bool
    private let baselines = BaselineCache()
    private let resolutions = ResolutionCache()

    /// `needsRules` is false for work that reads files without linting them (`extract`): the
    /// built-in packs are then not parsed at all. With `deferringConfigurationErrors`, a broken
    /// configuration of `near` is not thrown here but reported for the files it covers (by
    /// `setup(forFile:)`), so a run can report every broken file at once.
    public init(configurationFile: String? = nil, near firstPath: String? = nil, from: String? = nil, sendingDomain: String? = nil,
                rulePacks: [String] = [], needsRules: Bool = true, deferringConfigurationErrors: Bool = false) throws(LintSetupError) {
        if needsRules { try LintSetup.checkBuiltInPacks() }
        self.needsRules = needsRules
        resolver = ConfigurationResolver(explicitFile: configurationFile)
        flags = LintFlags(from: from, sendingDomain: sendingDomain)
        extraPacks = try LintSetup.loadPacks(rulePacks)
        switch resolve(file: LintSetup.representativeFile(near: firstPath), loadsBaseline: false) {
        case .success(let near):
            configuration = near.chain.last
            userPacks = near.packs
            options = near.setup.options
        case .failure(let error):
            guard deferringConfigurationErrors, case .configuration = error else { throw error }
            userPacks = extraPacks
            if needsRules { options.disabledRules = RuleCatalog.optInIDs(RuleCatalog.rules(adding: extraPacks)) }
        }
    }

    /// The configuration's `baseline:`, relative to the configuration file's folder.
    public var configuredBaselinePath: String? {
        guard let configuration else { return nil }
        return LintSetup.baselinePath(of: [configuration])
    }

    /// Built-in and user rules of `near`, in id order.
    @_spi(CLI) public var rules: [any Rule] { RuleCatalog.rules(adding: userPacks) }

    /// The setup of one file (a path to lint, or the name standard input is given as).
    public func setup(forFile path: String) throws(LintSetupError) -> FileSetup {
        try LintSetup.unwrap(resolve(file: path, loadsBaseline: true)).setup
    }

    /// Finds the files to lint under the configuration's `include`/`exclude`, relative to its folder.
    public var inputCollector: InputCollector {
        InputCollector(include: configuration?.include ?? [], exclude: configuration?.exclude ?? [],
                       baseDirectory: configuration?.baseDirectory ?? FileManager.default.currentDirectoryPath)
    }

    /// Whether a file found in a folder walk is linted: the nearest `include` of its chain, if any,
    /// names it, and no `exclude` of its chain does (each glob relative to its own file's folder).
    /// A file under a configuration that does not load is kept, so the error is reported for it.
    func selects(canonicalPath path: String) -> Bool {
        guard case .success(let chain) = resolver.chain(forFile: path) else { return true }
        if let including = chain.last(where: { !$0.include.isEmpty }) {
            let relative = including.relativeToBase(path)
            guard including.include.contains(where: { GlobPattern($0).matches(relative) }) else { return false }
        }
        return !chain.contains { configuration in
            let relative = configuration.relativeToBase(path)
            return configuration.exclude.contains { GlobPattern($0).matches(relative) }
        }
    }

    struct Resolution: Sendable {
        var chain: [Configuration]
        var packs: [RulePack]
        var setup: FileSetup
    }

    func resolve(file path: String, loadsBaseline: Bool) -> Result<Resolution, LintSetupError> {
        let absolute = AbsolutePath.of(path)
        let chain: [Configuration]
        switch resolver.chain(forFile: absolute) {
        case .success(let found): chain = found
        case .failure(let error): return .failure(.configuration(error))
        }
        // Files of one folder (and of folders sharing a chain) with the same overrides share one
        // setup: worked out once, not once per file of a 10,000-file run.
        let matches = chain.map { $0.matchingOverrides(forFile: absolute) }
        let key = ResolutionKey(loadsBaseline: loadsBaseline, flags: flags, files: chain.map { $0.file ?? "" }, matches: matches)
        if let known = resolutions.value(for: key) { return known }
        let result = resolve(chain: chain, matches: matches, key: key, loadsBaseline: loadsBaseline)
        resolutions.store(result, for: key)
        return result
    }

    private func resolve(chain: [Configuration], matches: [[Int]], key: ResolutionKey, loadsBaseline: Bool) -> Result<Resolution, LintSetupError> {
        var packs: [RulePack] = []
        var seen: Set<String> = []
        for pack in chain.flatMap(\.rulePacks) + extraPacks where seen.insert(URL(fileURLWithPath: pack.path).standardizedFileURL.path).inserted {
            packs.append(pack)
        }
        let rules = RuleCatalog.rules(adding: packs)
        var options = LintOptions()
        var trace = ConfigurationTrace()
        // Opt-in rules start disabled; a configuration's `rules.enable` turns them on.
        if needsRules { options.disabledRules = RuleCatalog.optInIDs(rules) }
        for (configuration, matching) in zip(chain, matches) {
            configuration.apply(to: &options, trace: &trace, label: "")
            for index in matching {
                let entry = configuration.pathOverrides[index]
                entry.settings.apply(to: &options, trace: &trace,
                                     label: "overrides[\(index)] files: \(entry.files.map(\.pattern).joined(separator: ", "))")
            }
        }
        flags.apply(to: &options, trace: &trace)
        let baselinePath = flags.baseline ?? (flags.ignoresConfiguredBaseline ? nil : LintSetup.baselinePath(of: chain))
        if loadsBaseline, let baselinePath {
            switch baselines.load(baselinePath) {
            case .success(let baseline): options.baseline = baseline
            case .failure(let error): return .failure(.baseline(error))
            }
        }
        let setup = FileSetup(configurationFiles: chain.compactMap(\.file), rules: rules, options: options, trace: trace,
                              baselinePath: baselinePath, key: key.description)
        return .success(Resolution(chain: chain, packs: packs, setup: setup))
    }

    /// The nearest `baseline:` of a chain, relative to its file's folder.
    static func baselinePath(of chain: [Configuration]) -> String? {
        guard let configuration = chain.last(where: { $0.baseline != nil }), let path = configuration.baseline else { return nil }
        guard !path.hasPrefix("/"), let folder = configuration.baseDirectory else { return path }
        return (folder as NSString).appendingPathComponent(path)
    }

    /// A file in the folder whose configuration `near` stands for (a folder's, a file's own, or the
    /// working directory's for standard input and paths that do not exist).
    static func representativeFile(near path: String?) -> String {
        let placeholder = "-"
        if let path, path != "-" {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
                return isDirectory.boolValue ? (path as NSString).appendingPathComponent(placeholder) : path
            }
        }
        return (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(placeholder)
    }

    private static func unwrap<T>(_ result: Result<T, LintSetupError>) throws(LintSetupError) -> T {
        switch result {
        case .success(let value): return value
        case .failure(let error): throw error
        }
    }

    /// Loads rule packs after `earlier` ones (their ids stay reserved).
    @_spi(CLI) public static func loadPacks(_ paths: [String], after earlier: [RulePack] = []) throws(LintSetupError) -> [RulePack] {
        do {
            return try RuleCatalog.loadUserPacks(paths, after: earlier)
        } catch let error as RulePackError {
            throw .rulePack(error)
        } catch {
            throw .rulePack(RulePackError(file: paths.first ?? "", line: 0, column: 0, message: "\(error)"))
        }
    }

    /// A built-in pack that does not load is a build defect; say so instead of running without its rules.
    public static func checkBuiltInPacks() throws(LintSetupError) {
        if case .failure(let error) = BuiltInPacks.loaded { throw .builtInPack(error) }
    }

    /// The nearest .spamlint.yml from `path` upwards, else from the current directory.
    public static func discoverConfiguration(near path: String?) -> String? {
        if let path, path != "-" {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
                let start = isDirectory.boolValue ? path : (path as NSString).deletingLastPathComponent
                if let found = ConfigurationLoader.find(from: start.isEmpty ? "." : start) { return found }
            }
        }
        return ConfigurationLoader.find(from: FileManager.default.currentDirectoryPath)
    }
}
