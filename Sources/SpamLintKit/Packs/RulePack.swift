/// A YAML rule pack: a named set of declarative rules (built in under `Rules/packs/`, or the user's).
@_spi(CLI) public struct RulePack: Sendable {
    /// The pack's `pack:` name, shown in `spamlint rules` and findings' rule docs.
    @_spi(CLI) public var name: String
    /// Where the pack was read from (`Rules/packs/x.yml` for a built-in pack).
    @_spi(CLI) public var path: String
    @_spi(CLI) public var summary: String?
    @_spi(CLI) public var rules: [PackRule]

    @_spi(CLI) public init(name: String, path: String, summary: String? = nil, rules: [PackRule]) {
        self.name = name
        self.path = path
        self.summary = summary
        self.rules = rules
    }
}

/// A rule-pack error: `file:line:column: message`, like a configuration error.
@_spi(CLI) public typealias RulePackError = ConfigurationError
