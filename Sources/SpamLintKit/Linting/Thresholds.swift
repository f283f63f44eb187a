/// Score bands and the gate: `low` < elevated ≤ `elevated` < high ≤ `high`; a file fails at `failScore`,
/// on a finding at or above `failOn`, or with more than `maxFindings` findings.
///
/// Every part of the gate looks at one file only, so linting files in separate batches (pre-commit
/// runs hooks on parallel partitions of the file list) fails exactly the files one run would.
public struct Thresholds: Sendable, Hashable {
    public var elevated: Double
    public var high: Double
    public var failScore: Double
    public var failOn: FailOnLevel
    /// A file with more findings than this fails; nil for no limit.
    public var maxFindings: Int?

    public init(elevated: Double = 2.0, high: Double = 5.0, failScore: Double = 5.0, failOn: FailOnLevel = .error, maxFindings: Int? = nil) {
        self.elevated = elevated
        self.high = high
        self.failScore = failScore
        self.failOn = failOn
        self.maxFindings = maxFindings
    }

    public func verdict(for score: Double) -> Verdict {
        if score >= high { return .high }
        if score >= elevated { return .elevated }
        return .low
    }

    /// The file's score: what its findings add once each rule is counted once (`RuleScoreCap`), to
    /// two decimals. Suppressed findings add nothing.
    public static func score(of findings: [Finding]) -> Double {
        (RuleScoreCap.counted(findings).reduce(0) { $0 + $1.score } * 100).rounded() / 100
    }

    /// Why a file with these findings fails the gate, one phrase per gate it trips; empty when it passes.
    /// Suppressed findings never count.
    public func failureReasons(for findings: [Finding]) -> [String] {
        let counted = findings.filter { $0.suppression == nil }
        let score = Thresholds.score(of: counted)
        var reasons: [String] = []
        if score >= failScore {
            reasons.append("score \(ScoreFormat.string(score)) reaches the fail score \(ScoreFormat.string(failScore))")
        }
        let failing = counted.filter { failOn.fails($0.severity) }
        if !failing.isEmpty {
            let level = failOn == .error ? "error" : "\(failOn.rawValue)-or-worse"
            reasons.append("\(failing.count) \(level) finding\(failing.count == 1 ? "" : "s") (fail-on \(failOn.rawValue))")
        }
        if let maxFindings, counted.count > maxFindings {
            reasons.append("\(counted.count) findings, over max-findings \(maxFindings)")
        }
        return reasons
    }
}
