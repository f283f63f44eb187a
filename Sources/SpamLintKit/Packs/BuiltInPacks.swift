/// The packs shipped in `Rules/packs/`, embedded in the binary, parsed once per process on first use.
@_spi(CLI) public enum BuiltInPacks {
    /// The built-in packs, or the error of the first that does not load (a build defect the tests catch).
    @_spi(CLI) public static let loaded: Result<[RulePack], RulePackError> = load()

    /// The built-in packs; empty when one failed to load (`loaded` says why).
    @_spi(CLI) public static var packs: [RulePack] { (try? loaded.get()) ?? [] }

    /// The rules of all built-in packs.
    @_spi(CLI) public static var rules: [PackRule] { packs.flatMap(\.rules) }

    private static func load() -> Result<[RulePack], RulePackError> {
        var reserved = Dictionary(BuiltInRules.all.map { ($0.description.id, "the built-in rule \($0.description.id)") }) { first, _ in first }
        var packs: [RulePack] = []
        for path in BuiltInRuleFiles.paths where path.hasPrefix("packs/") && (path.hasSuffix(".yml") || path.hasSuffix(".yaml")) {
            do {
                let pack = try RulePackLoader.parse(BuiltInRuleFiles.text(path) ?? "", file: "Rules/" + path, reservedIDs: reserved) { relative in
                    normalized(folder: "packs", relative).flatMap(BuiltInRuleFiles.text)
                }
                for rule in pack.rules { reserved[rule.description.id] = "the built-in pack \(pack.name)" }
                packs.append(pack)
            } catch let error as RulePackError {
                return .failure(error)
            } catch {
                return .failure(RulePackError(file: "Rules/" + path, line: 1, column: 1, message: "\(error)"))
            }
        }
        return .success(packs)
    }

    /// `relative` resolved against `folder` inside `Rules/` (`../lists/x.txt` from `packs` is `lists/x.txt`).
    static func normalized(folder: String, _ relative: String) -> String? {
        var parts = folder.split(separator: "/").map(String.init)
        for part in relative.split(separator: "/") {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }
}
