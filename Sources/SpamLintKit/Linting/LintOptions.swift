/// Everything that shapes one lint run besides the input files.
public struct LintOptions: Sendable {
    public var settings: ReadSettings
    public var thresholds: Thresholds
    /// Rule ids turned off.
    public var disabledRules: Set<String>
    public var overrides: [String: RuleOverride]
    @_spi(CLI) public var domains: DomainKnowledge
    /// Files larger than this are reported as errors instead of read.
    public var maxFileSize: Int
    /// Known findings to suppress (`--baseline`, config `baseline:`).
    public var baseline: Baseline?
    /// Alignment rules require strict DMARC alignment (`--dmarc-strict`).
    public var dmarcStrict: Bool
    /// A rule reports at most this many findings per file, then one "…and N more" (config `findings-per-rule:`).
    public var findingsPerRule: Int = RuleFindingLimit.defaultLimit
    /// CPU seconds one file may take to read and lint (`--time-limit`, config `time-limit:`); nil
    /// for no limit. A file over it is reported as an error saying how far it got.
    public var timeLimit: Double? = LintOptions.defaultTimeLimit
    /// Five seconds of CPU: the largest files under the size limit take well under one.
    public static let defaultTimeLimit: Double = 5

    @_spi(CLI) public init(settings: ReadSettings = ReadSettings(), thresholds: Thresholds = Thresholds(), disabledRules: Set<String> = [],
                overrides: [String: RuleOverride] = [:], domains: DomainKnowledge = .builtIn, maxFileSize: Int = 50 * 1024 * 1024,
                baseline: Baseline? = nil, dmarcStrict: Bool = false) {
        self.settings = settings
        self.thresholds = thresholds
        self.disabledRules = disabledRules
        self.overrides = overrides
        self.domains = domains
        self.maxFileSize = maxFileSize
        self.baseline = baseline
        self.dmarcStrict = dmarcStrict
    }
}
