/// What a rule may consult besides the document: the domain knowledge and the user's settings.
public struct RuleContext: Sendable {
    public var domains: DomainKnowledge
    /// Check DMARC strict alignment (identical domains) instead of relaxed (same organizational domain).
    public var dmarcStrict: Bool

    public init(domains: DomainKnowledge, dmarcStrict: Bool = false) {
        self.domains = domains
        self.dmarcStrict = dmarcStrict
    }
}
