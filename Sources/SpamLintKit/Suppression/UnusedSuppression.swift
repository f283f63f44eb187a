/// A directive (or one rule id in it) that silenced no finding.
@_spi(CLI) public struct UnusedSuppression: Sendable, Hashable {
    @_spi(CLI) public var directive: SuppressionDirective
    /// The rule id that reported nothing in the directive's range; nil for a directive naming no rule.
    @_spi(CLI) public var ruleID: String?

    @_spi(CLI) public init(directive: SuppressionDirective, ruleID: String?) {
        self.directive = directive
        self.ruleID = ruleID
    }
}
