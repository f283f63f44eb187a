/// The contents of a `.spamlint.yml`.
public struct Configuration: Sendable {
    public var from: String?
    public var sendingDomain: String?
    public var disabledRules: Set<String> = []
    /// Rules to run although a broader setting disabled them (kept for rule packs; all built-ins run by default).
    public var enabledRules: Set<String> = []
    public var overrides: [String: RuleOverride] = [:]
    public var failScore: Double?
    public var elevatedBand: Double?
    public var highBand: Double?
    /// `thresholds.fail-on`: the lowest severity that fails a file.
    public var failOn: FailOnLevel?
    /// `thresholds.max-findings`: a file with more findings fails.
    public var maxFindings: Int?
    public var include: [String] = []
    public var exclude: [String] = []
    public var extraShorteners: [String] = []
    public var allowedLinkDomains: [String] = []
    /// `purpose:` for every file this configuration covers; a template's front matter wins.
    public var purpose: MailPurpose?
    /// Folders searched first for partials and layouts (`partials:`), absolute.
    public var partialFolders: [String] = []
    /// Baseline file (`baseline:`), as written; relative to `baseDirectory`. `--baseline` wins.
    public var baseline: String?
    /// User rule packs from `rules.packs`, loaded (paths resolved against the config file's folder).
    @_spi(CLI) public var rulePacks: [RulePack] = []
    /// Folder the file sits in; include/exclude globs are relative to it.
    public var baseDirectory: String?

    public init() {}

    /// Applies the configuration to lint options (flags applied afterwards win).
    public func apply(to options: inout LintOptions) {
        if let from { options.settings.from = from }
        if let sendingDomain { options.settings = options.settings.withSender(from: options.settings.from, sendingDomain: sendingDomain) }
        options.settings.partialFolders += partialFolders
        if let purpose { options.settings.purpose = purpose }
        options.disabledRules.formUnion(disabledRules)
        options.disabledRules.subtract(enabledRules)
        options.overrides.merge(overrides) { _, new in new }
        if let failScore { options.thresholds.failScore = failScore }
        if let elevatedBand { options.thresholds.elevated = elevatedBand }
        if let highBand { options.thresholds.high = highBand }
        if let failOn { options.thresholds.failOn = failOn }
        if let maxFindings { options.thresholds.maxFindings = maxFindings }
        for domain in extraShorteners { options.domains.shorteners.insert(domain) }
        for domain in allowedLinkDomains { options.domains.allowedLinkDomains.insert(domain) }
    }
}
