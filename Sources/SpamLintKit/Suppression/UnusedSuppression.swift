/// A directive (or one rule id in it) that silenced no finding.
public struct UnusedSuppression: Sendable, Hashable {
    public var directive: SuppressionDirective
    /// The rule id that reported nothing in the directive's range; nil for a directive naming no rule.
    public var ruleID: String?

    public init(directive: SuppressionDirective, ruleID: String?) {
        self.directive = directive
        self.ruleID = ruleID
    }
}
