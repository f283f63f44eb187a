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
