/// Why a lint run could not be set up; the CLI exits 2 on each, an embedding program may branch on the case.
public enum LintSetupError: Error, Sendable, CustomStringConvertible {
    /// The `.spamlint.yml` (found or given) does not load.
    case configuration(ConfigurationError)
    /// A user rule pack (`rules.packs` or `--rules`) does not load (a pack error has a configuration error's shape).
    case rulePack(ConfigurationError)
    /// A built-in pack does not load: a build defect, reported instead of running without its rules.
    case builtInPack(ConfigurationError)

    public var description: String {
        switch self {
        case .configuration(let error): "configuration error: \(error)"
        case .rulePack(let error): "rule pack error: \(error)"
        case .builtInPack(let error): "built-in rule pack error: \(error)"
        }
    }
}
