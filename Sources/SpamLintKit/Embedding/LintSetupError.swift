/// Why a lint run could not be set up; the CLI exits 2 on each, an embedding program may branch on the case.
public enum LintSetupError: Error, Sendable, CustomStringConvertible {
    /// A `.spamlint.yml` (found or given) does not load; `additional` holds its further problems.
    case configuration(ConfigurationError)
    /// A user rule pack (`rules.packs` or `--rules`) does not load (a pack error has a configuration error's shape).
    case rulePack(ConfigurationError)
    /// A built-in pack does not load: a build defect, reported instead of running without its rules.
    case builtInPack(ConfigurationError)
    /// A baseline file (`--baseline` or a configuration's `baseline:`) does not load.
    case baseline(BaselineError)

    public var description: String {
        switch self {
        case .configuration(let error): error.all.map { "configuration error: \($0)" }.joined(separator: "\n")
        case .rulePack(let error): error.all.map { "rule pack error: \($0)" }.joined(separator: "\n")
        case .builtInPack(let error): "built-in rule pack error: \(error)"
        case .baseline(let error): "\(error)"
        }
    }
}
