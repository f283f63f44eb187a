import Foundation

/// The configuration a run uses, found the way the CLI finds it, and the lint options it gives.
///
/// The configuration is the given file, else the nearest `.spamlint.yml` from the first path
/// upwards, else from the current directory; its packs and the extra pack paths are loaded after
/// it; the sender (From, sending domain) given here overrides the configuration's.
public struct LintSetup: Sendable {
    public var configuration: Configuration?
    public var options = LintOptions()
    /// User packs: the configuration's `rules.packs`, then the extra pack paths.
    @_spi(CLI) public var userPacks: [RulePack] = []

    /// `needsRules` is false for work that reads files without linting them (`extract`): the
    /// built-in packs are then not parsed at all.
    public init(configurationFile: String? = nil, near firstPath: String? = nil, from: String? = nil, sendingDomain: String? = nil,
                rulePacks: [String] = [], needsRules: Bool = true) throws(LintSetupError) {
        if needsRules { try LintSetup.checkBuiltInPacks() }
        if let path = configurationFile ?? LintSetup.discoverConfiguration(near: firstPath) {
            do {
                configuration = try ConfigurationLoader.load(path: path)
            } catch let error as ConfigurationError {
                throw .configuration(error)
            } catch {
                throw .configuration(ConfigurationError(file: path, line: 0, column: 0, message: "\(error)"))
            }
        }
        userPacks = configuration?.rulePacks ?? []
        userPacks += try LintSetup.loadPacks(rulePacks, after: userPacks)
        // Opt-in rules start disabled; the configuration's `rules.enable` turns them on.
        if needsRules { options.disabledRules = RuleCatalog.optInIDs(rules) }
        configuration?.apply(to: &options)
        if from != nil || sendingDomain != nil {
            options.settings = options.settings.withSender(from: from ?? options.settings.from, sendingDomain: sendingDomain ?? options.settings.sendingDomain)
        }
    }

    /// The configuration's `baseline:`, relative to the configuration file's folder.
    public var configuredBaselinePath: String? {
        guard let configuration, let path = configuration.baseline else { return nil }
        guard !path.hasPrefix("/"), let folder = configuration.baseDirectory else { return path }
        return (folder as NSString).appendingPathComponent(path)
    }

    /// Built-in and user rules, in id order.
    @_spi(CLI) public var rules: [any Rule] { RuleCatalog.rules(adding: userPacks) }

    /// Finds the files to lint under the configuration's `include`/`exclude`, relative to its folder.
    public var inputCollector: InputCollector {
        InputCollector(include: configuration?.include ?? [], exclude: configuration?.exclude ?? [],
                       baseDirectory: configuration?.baseDirectory ?? FileManager.default.currentDirectoryPath)
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
