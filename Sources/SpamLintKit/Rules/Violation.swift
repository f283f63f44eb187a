/// What a rule reports: the linter turns it into a `Finding` with the rule's id, severity and score.
@_spi(CLI) public struct Violation: Sendable, Hashable {
    @_spi(CLI) public var message: String
    /// The URL, header or snippet that triggered the rule.
    @_spi(CLI) public var evidence: String
    @_spi(CLI) public var position: SourcePosition
    /// Multiplies the rule's score for this violation (a stronger or weaker variant of the signal).
    @_spi(CLI) public var scoreFactor: Double

    @_spi(CLI) public init(_ message: String, evidence: String, at position: SourcePosition, scoreFactor: Double = 1.0) {
        self.message = message
        self.evidence = evidence
        self.position = position
        self.scoreFactor = scoreFactor
    }
}
