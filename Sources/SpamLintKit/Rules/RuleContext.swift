/// What a rule may consult besides the document: the domain knowledge, the user's settings and the
/// facts worked out once for the document being checked.
@_spi(CLI) public struct RuleContext: Sendable {
    @_spi(CLI) public var domains: DomainKnowledge
    /// Every rule id a suppression comment may name (built-in rules and any others loaded).
    @_spi(CLI) public var knownRuleIDs: Set<String>
    /// Check DMARC strict alignment (identical domains) instead of relaxed (same organizational domain).
    @_spi(CLI) public var dmarcStrict: Bool
    /// Shared answers about the document being checked; nil when the caller did not work them out, and
    /// then each rule works out what it needs itself (the same functions, so the answers agree).
    @_spi(CLI) public private(set) var facts: DocumentFacts?

    @_spi(CLI) public init(domains: DomainKnowledge, knownRuleIDs: Set<String> = BuiltInRules.ids, dmarcStrict: Bool = false) {
        self.domains = domains
        self.knownRuleIDs = knownRuleIDs
        self.dmarcStrict = dmarcStrict
    }

    /// This context for checking `document`, with its facts worked out once for all rules. Only this
    /// function sets `facts`, so they always belong to the document the rules are handed with them.
    @_spi(CLI) public func checking(_ document: EmailDocument) -> RuleContext {
        var context = self
        context.facts = DocumentFacts(of: document)
        return context
    }
}
