/// A YAML rule pack: a named set of declarative rules (built in under `Rules/packs/`, or the user's).
public struct RulePack: Sendable {
    /// The pack's `pack:` name, shown in `spamlint rules` and findings' rule docs.
    public var name: String
    /// Where the pack was read from (`Rules/packs/x.yml` for a built-in pack).
    public var path: String
    public var summary: String?
    public var rules: [PackRule]

    public init(name: String, path: String, summary: String? = nil, rules: [PackRule]) {
        self.name = name
        self.path = path
        self.summary = summary
        self.rules = rules
    }
}

/// A rule-pack error: `file:line:column: message`, like a configuration error.
public typealias RulePackError = ConfigurationError
