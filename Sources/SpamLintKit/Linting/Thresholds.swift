/// Score bands and the gate: `low` < elevated ≤ `elevated` < high ≤ `high`; a file fails at `failScore`.
public struct Thresholds: Sendable, Hashable {
    public var elevated: Double
    public var high: Double
    public var failScore: Double

    public init(elevated: Double = 2.0, high: Double = 5.0, failScore: Double = 5.0) {
        self.elevated = elevated
        self.high = high
        self.failScore = failScore
    }

    public func verdict(for score: Double) -> Verdict {
        if score >= high { return .high }
        if score >= elevated { return .elevated }
        return .low
    }
}
