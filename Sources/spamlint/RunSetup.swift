import ArgumentParser
import Foundation
import SpamLintKit

/// Loads the configuration and turns it and the sender flags into lint options.
struct RunSetup {
    var configuration: Configuration?
    var options = LintOptions()
    /// User packs: the configuration's `rules.packs`, then `--rules` paths.
    var userPacks: [RulePack] = []

    /// `needsRules` is false for commands that read files without linting them (`extract`): the
    /// built-in packs are then not parsed at all.
    init(sender: SenderOptions, firstPath: String?, rulePacks: [String] = [], needsRules: Bool = true) throws {
        if needsRules { try RunSetup.checkBuiltInPacks() }
        let path = sender.config ?? RunSetup.discoverConfiguration(near: firstPath)
        if let path {
            do {
                configuration = try ConfigurationLoader.load(path: path)
            } catch let error as ConfigurationError {
                printError("spamlint: configuration error: \(error)")
                throw ExitCode(2)
            }
        }
        userPacks = configuration?.rulePacks ?? []
        userPacks += try RunSetup.loadPacks(rulePacks, after: userPacks)
        // Opt-in rules start disabled; the configuration's `rules.enable` turns them on.
        if needsRules { options.disabledRules = RuleCatalog.optInIDs(rules) }
        configuration?.apply(to: &options)
        if sender.from != nil || sender.sendingDomain != nil {
            options.settings = options.settings.withSender(from: sender.from ?? options.settings.from,
                                                          sendingDomain: sender.sendingDomain ?? options.settings.sendingDomain)
        }
    }

    /// The configuration's `baseline:`, relative to the configuration file's folder.
    var configuredBaselinePath: String? {
        guard let configuration, let path = configuration.baseline else { return nil }
        guard !path.hasPrefix("/"), let folder = configuration.baseDirectory else { return path }
        return (folder as NSString).appendingPathComponent(path)
    }

    /// Built-in and user rules, in id order.
    var rules: [any Rule] { RuleCatalog.rules(adding: userPacks) }

    /// Loads `--rules` packs; a pack error is printed as `file:line:column: message` (exit 2).
    static func loadPacks(_ paths: [String], after earlier: [RulePack] = []) throws -> [RulePack] {
        do {
            return try RuleCatalog.loadUserPacks(paths, after: earlier)
        } catch let error as RulePackError {
            printError("spamlint: rule pack error: \(error)")
            throw ExitCode(2)
        }
    }

    /// A built-in pack that does not load is a build defect; say so instead of running without its rules.
    static func checkBuiltInPacks() throws {
        if case .failure(let error) = BuiltInPacks.loaded {
            printError("spamlint: built-in rule pack error: \(error)")
            throw ExitCode(2)
        }
    }

    /// The nearest .spamlint.yml from the first linted path upwards, else from the current directory.
    static func discoverConfiguration(near path: String?) -> String? {
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
