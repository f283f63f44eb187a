/// What a rule may consult besides the document: the domain knowledge and the user's settings.
public struct RuleContext: Sendable {
    public var domains: DomainKnowledge
    /// Every rule id a suppression comment may name (built-in rules and any others loaded).
    public var knownRuleIDs: Set<String>
    /// Check DMARC strict alignment (identical domains) instead of relaxed (same organizational domain).
    public var dmarcStrict: Bool

    public init(domains: DomainKnowledge, knownRuleIDs: Set<String> = BuiltInRules.ids, dmarcStrict: Bool = false) {
        self.domains = domains
        self.knownRuleIDs = knownRuleIDs
        self.dmarcStrict = dmarcStrict
    }
}
