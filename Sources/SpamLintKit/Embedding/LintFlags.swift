/// Settings given for a whole run (the command line's flags): they win over every configuration
/// file, for every file.
public struct LintFlags: Sendable, Hashable {
    public var from: String?
    public var sendingDomain: String?
    public var failScore: Double?
    public var failOn: FailOnLevel?
    public var maxFindings: Int?
    public var disabledRules: Set<String> = []
    public var maxFileSize: Int?
    /// `--time-limit SECONDS` (CPU per file; 0 for none).
    public var timeLimit: Double?
    public var dmarcStrict = false
    /// `--baseline FILE`: used for every file instead of the one a configuration names.
    public var baseline: String?
    /// True while writing a baseline: no configured baseline is read (it need not exist yet).
    public var ignoresConfiguredBaseline = false

    public init(from: String? = nil, sendingDomain: String? = nil) {
        self.from = from
        self.sendingDomain = sendingDomain
    }

    func apply(to options: inout LintOptions, trace: inout ConfigurationTrace) {
        let origin = "command line"
        if from != nil || sendingDomain != nil {
            options.settings = options.settings.withSender(from: from ?? options.settings.from, sendingDomain: sendingDomain ?? options.settings.sendingDomain)
            if let from { trace.record(key: "sender.from", value: from, origin: origin) }
            if let sendingDomain { trace.record(key: "sender.sending-domain", value: sendingDomain, origin: origin) }
        }
        if let failScore {
            options.thresholds.failScore = failScore
            trace.record(key: "thresholds.fail-score", value: "\(failScore)", origin: origin)
        }
        if let failOn {
            options.thresholds.failOn = failOn
            trace.record(key: "thresholds.fail-on", value: failOn.rawValue, origin: origin)
        }
        if let maxFindings {
            options.thresholds.maxFindings = maxFindings
            trace.record(key: "thresholds.max-findings", value: "\(maxFindings)", origin: origin)
        }
        for id in disabledRules.sorted() {
            options.disabledRules.insert(id)
            trace.record(key: "rules.\(id)", value: "disabled", origin: origin)
        }
        if let maxFileSize { options.maxFileSize = maxFileSize }
        if let timeLimit {
            options.timeLimit = timeLimit > 0 ? timeLimit : nil
            trace.record(key: "time-limit", value: timeLimit > 0 ? "\(timeLimit) s" : "none", origin: origin)
        }
        if dmarcStrict { options.dmarcStrict = true }
    }
}
