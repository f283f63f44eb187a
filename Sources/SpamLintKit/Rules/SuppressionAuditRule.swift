/// A rule about the suppression comments themselves that needs the other rules' findings
/// (whether a directive silenced anything). Its answer is not a function of the document alone, so
/// it has no `check` of its own: the linter runs it after applying the directives and hands it the
/// directives that silenced nothing. Its examples run through the linter with every other built-in
/// rule (`RuleExampleRunner`), so they are documentation and tests like any rule's.
@_spi(CLI) public protocol SuppressionAuditRule: Rule {
    func audit(_ unused: [UnusedSuppression]) -> [Violation]
}

extension SuppressionAuditRule {
    @_spi(CLI) public var asSuppressionAudit: (any SuppressionAuditRule)? { self }

    /// Nothing: an audit judges findings, which only the linter has (see the type's comment).
    @_spi(CLI) public func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] { [] }
}
