/// What applies to one file: its configuration chain, the rules and options they give, and where
/// each setting came from.
public struct FileSetup: Sendable {
    /// The `.spamlint.yml` files read for it, outermost first.
    public var configurationFiles: [String]
    @_spi(CLI) public var rules: [any Rule]
    public var options: LintOptions
    /// Where each setting came from (`spamlint config --print`).
    public var trace: ConfigurationTrace
    /// The baseline file in force, if any.
    public var baselinePath: String?
    /// Files with the same key have the same rules and options (they share one linter).
    var key: String
}

extension FileSetup {
    /// Every setting in force with where it came from: those a configuration or the command line
    /// wrote, and the defaults of the gate, the bands and the purpose, sorted by key.
    public var effectiveSettings: [ConfigurationTrace.Entry] {
        var entries = trace.entries
        let thresholds = options.thresholds
        let defaults: [(String, String)] = [
            ("thresholds.fail-score", "\(thresholds.failScore)"), ("thresholds.elevated", "\(thresholds.elevated)"),
            ("thresholds.high", "\(thresholds.high)"), ("thresholds.fail-on", thresholds.failOn.rawValue),
            ("thresholds.max-findings", thresholds.maxFindings.map(String.init) ?? "none"),
            ("purpose", "from each file's content"),
            ("time-limit", options.timeLimit.map { "\($0) s" } ?? "none"),
            ("findings-per-rule", "\(options.findingsPerRule)"),
            ("baseline", baselinePath ?? "none"),
        ]
        for (key, value) in defaults where entries[key] == nil {
            entries[key] = ConfigurationTrace.Entry(key: key, value: value, origin: key == "baseline" && baselinePath != nil ? "configuration" : "default")
        }
        return entries.values.sorted { $0.key < $1.key }
    }
}
