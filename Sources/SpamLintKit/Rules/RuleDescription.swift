/// Everything about a rule except its check: the docs, the defaults and the examples.
@_spi(CLI) public struct RuleDescription: Sendable, Hashable {
    /// Stable kebab-case id; never reused for another meaning.
    @_spi(CLI) public var id: String
    @_spi(CLI) public var name: String
    @_spi(CLI) public var category: RuleCategory
    @_spi(CLI) public var severity: Severity
    /// Default points of a finding (SpamAssassin-style); a rule adds them to a file once, however
    /// often it fires, unless `maxScore` lets repeats add more.
    @_spi(CLI) public var score: Double
    /// One line: what the rule flags.
    @_spi(CLI) public var summary: String
    /// Why it matters, naming its source (provider guideline, RFC, SpamAssassin/rspamd rule).
    @_spi(CLI) public var rationale: String
    /// How to fix a finding.
    @_spi(CLI) public var fix: String
    @_spi(CLI) public var triggeringExamples: [RuleExample]
    @_spi(CLI) public var nonTriggeringExamples: [RuleExample]
    /// The rule pack that declares the rule; nil for a Swift rule.
    @_spi(CLI) public var pack: String?
    /// False for an opt-in rule: it runs only when the configuration's `rules.enable` lists it.
    @_spi(CLI) public var isEnabledByDefault: Bool
    /// Points all findings of the rule in one file add at most (at the default score); nil: the
    /// strongest finding counts, once (see `RuleScoreCap`).
    @_spi(CLI) public var maxScore: Double?

    @_spi(CLI) public init(id: String, name: String, category: RuleCategory, severity: Severity, score: Double, summary: String,
                rationale: String, fix: String, triggeringExamples: [RuleExample], nonTriggeringExamples: [RuleExample],
                pack: String? = nil, isEnabledByDefault: Bool = true, maxScore: Double? = nil) {
        self.id = id
        self.name = name
        self.category = category
        self.severity = severity
        self.score = score
        self.summary = summary
        self.rationale = rationale
        self.fix = fix
        self.triggeringExamples = triggeringExamples
        self.nonTriggeringExamples = nonTriggeringExamples
        self.pack = pack
        self.isEnabledByDefault = isEnabledByDefault
        self.maxScore = maxScore
    }
}
