/// The contents of a `.spamlint.yml` (or of one entry of its `overrides:`).
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
    /// `time-limit:` CPU seconds per file (0: none).
    public var timeLimit: Double?
    /// `findings-per-rule:` the most findings one rule reports per file.
    public var findingsPerRule: Int?
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
    /// `root: true`: configuration files in folders above this one are not read.
    public var root = false
    /// The file this was read from, as it was named.
    public var file: String?
    /// `overrides:` entries in file order; each applies on top of the file's own settings to the
    /// files its globs match (globs relative to `baseDirectory`).
    public var pathOverrides: [PathOverride] = []
    /// Where each setting was written, by key (`sender.from`, `rules.disable.ID`, `thresholds.fail-score`…).
    public var locations: [String: ConfigurationLocation] = [:]
    /// Rule ids the file names, for checking once the packs of the whole chain are known.
    var ruleReferences: [RuleReference] = []

    public init() {}

    /// Applies the configuration to lint options (flags applied afterwards win).
    public func apply(to options: inout LintOptions) {
        var trace = ConfigurationTrace()
        apply(to: &options, trace: &trace, label: "")
    }

    /// Applies the settings, recording in `trace` where each one came from (`label` names the
    /// `overrides:` entry, if any). Sets are applied in order: a later `enable` undoes an earlier `disable`.
    func apply(to options: inout LintOptions, trace: inout ConfigurationTrace, label: String) {
        func note(_ key: String, _ value: String) {
            trace.record(key: key, value: value, file: file, location: locations[key], label: label)
        }
        if let from {
            options.settings.from = from
            note("sender.from", from)
        }
        if let sendingDomain {
            options.settings = options.settings.withSender(from: options.settings.from, sendingDomain: sendingDomain)
            note("sender.sending-domain", sendingDomain)
        }
        options.settings.partialFolders += partialFolders
        if !partialFolders.isEmpty { note("partials", partialFolders.joined(separator: ", ")) }
        if let purpose {
            options.settings.purpose = purpose
            note("purpose", purpose.rawValue)
        }
        for id in disabledRules.sorted() {
            options.disabledRules.insert(id)
            trace.record(key: "rules.\(id)", value: "disabled", file: file, location: locations["rules.disable.\(id)"], label: label)
        }
        for id in enabledRules.sorted() {
            options.disabledRules.remove(id)
            trace.record(key: "rules.\(id)", value: "enabled", file: file, location: locations["rules.enable.\(id)"], label: label)
        }
        for (id, override) in overrides.sorted(by: { $0.key < $1.key }) {
            options.overrides[id] = override
            let parts = [override.score.map { "score \($0)" },
                         override.maxScore.map { "max-score \($0)" },
                         override.severity.map { "severity \($0.rawValue)" }].compactMap { $0 }
            trace.record(key: "rules.\(id).override", value: parts.joined(separator: ", "), file: file,
                         location: locations["rules.overrides.\(id)"], label: label)
        }
        if let failScore {
            options.thresholds.failScore = failScore
            note("thresholds.fail-score", "\(failScore)")
        }
        if let elevatedBand {
            options.thresholds.elevated = elevatedBand
            note("thresholds.elevated", "\(elevatedBand)")
        }
        if let highBand {
            options.thresholds.high = highBand
            note("thresholds.high", "\(highBand)")
        }
        if let failOn {
            options.thresholds.failOn = failOn
            note("thresholds.fail-on", failOn.rawValue)
        }
        if let maxFindings {
            options.thresholds.maxFindings = maxFindings
            note("thresholds.max-findings", "\(maxFindings)")
        }
        if let timeLimit {
            options.timeLimit = timeLimit > 0 ? timeLimit : nil
            note("time-limit", timeLimit > 0 ? "\(timeLimit) s" : "none")
        }
        if let findingsPerRule {
            options.findingsPerRule = findingsPerRule
            note("findings-per-rule", "\(findingsPerRule)")
        }
        for domain in extraShorteners { options.domains.shorteners.insert(domain) }
        if !extraShorteners.isEmpty { note("shorteners", extraShorteners.joined(separator: ", ")) }
        for domain in allowedLinkDomains { options.domains.allowedLinkDomains.insert(domain) }
        if !allowedLinkDomains.isEmpty { note("allowed-link-domains", allowedLinkDomains.joined(separator: ", ")) }
    }

    /// The `overrides:` entries whose globs match `path` (absolute and standardized), by index.
    func matchingOverrides(forFile path: String) -> [Int] {
        guard !pathOverrides.isEmpty else { return [] }
        let relative = relativeToBase(path)
        return pathOverrides.indices.filter { pathOverrides[$0].matches(relative) }
    }

    /// `path` relative to the configuration's folder when inside it.
    func relativeToBase(_ path: String) -> String {
        guard let baseDirectory else { return path }
        let prefix = baseDirectory.hasSuffix("/") ? baseDirectory : baseDirectory + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
