/// A check over one parsed email. Swift rules and rule-pack rules are both `Rule`s, so scoring,
/// configuration and reporters treat them alike.
///
/// A rule is a pure function of the document and the context: no I/O, no global state.
@_spi(CLI) public protocol Rule: Sendable {
    var description: RuleDescription { get }
    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation]
    /// The rule as a suppression audit, when it is one. A requirement rather than an `as?` cast:
    /// the first cast of each rule type scans every protocol conformance in the binary, which a
    /// one-file run paid for every rule at start-up.
    var asSuppressionAudit: (any SuppressionAuditRule)? { get }
}

extension Rule {
    @_spi(CLI) public var asSuppressionAudit: (any SuppressionAuditRule)? { nil }
}
