/// A check over one parsed email. Swift rules and rule-pack rules are both `Rule`s, so scoring,
/// configuration and reporters treat them alike.
///
/// A rule is a pure function of the document and the context: no I/O, no global state.
public protocol Rule: Sendable {
    var description: RuleDescription { get }
    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation]
}
