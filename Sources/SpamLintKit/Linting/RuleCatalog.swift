import Foundation

/// Every rule a run can use: the Swift rules, the built-in packs' rules and the user's packs.
@_spi(CLI) public enum RuleCatalog {
    /// Swift rules and built-in pack rules, in id order (built once per process, on first use).
    @_spi(CLI) public static let builtIn: [any Rule] = sorted(BuiltInRules.all + BuiltInPacks.rules.map { $0 as any Rule })

    /// The built-in rules plus the rules of `userPacks`.
    @_spi(CLI) public static func rules(adding userPacks: [RulePack]) -> [any Rule] {
        userPacks.isEmpty ? builtIn : sorted(builtIn + userPacks.flatMap(\.rules).map { $0 as any Rule })
    }

    /// Rule ids already taken by built-in rules, with who took them (for a user pack's duplicate-id error).
    @_spi(CLI) public static var builtInIDs: [String: String] {
        var ids: [String: String] = [:]
        for rule in builtIn {
            ids[rule.description.id] = rule.description.pack.map { "the built-in pack \($0)" } ?? "the built-in rule \(rule.description.id)"
        }
        return ids
    }

    /// Ids of rules that run only when the configuration enables them.
    @_spi(CLI) public static func optInIDs(_ rules: [any Rule]) -> Set<String> {
        Set(rules.filter { !$0.description.isEnabledByDefault }.map(\.description.id))
    }

    /// Loads user packs in order; a path given twice is read once; rule ids must be unique across
    /// built-in rules and all packs. Throws the first pack's error.
    @_spi(CLI) public static func loadUserPacks(_ paths: [String], after earlier: [RulePack] = []) throws -> [RulePack] {
        var reserved = builtInIDs
        for pack in earlier {
            for rule in pack.rules { reserved[rule.description.id] = "pack '\(pack.name)' (\(pack.path))" }
        }
        var seen = Set(earlier.map { canonical($0.path) })
        var packs: [RulePack] = []
        for path in paths where seen.insert(canonical(path)).inserted {
            let pack = try RulePackLoader.load(path: path, reservedIDs: reserved)
            for rule in pack.rules { reserved[rule.description.id] = "pack '\(pack.name)' (\(path))" }
            packs.append(pack)
        }
        return packs
    }

    private static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    private static func sorted(_ rules: [any Rule]) -> [any Rule] {
        rules.sorted { $0.description.id < $1.description.id }
    }
}
