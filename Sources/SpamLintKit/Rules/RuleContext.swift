/// What a rule may consult besides the document: the domain knowledge and the user's settings.
public struct RuleContext: Sendable {
    public var domains: DomainKnowledge

    public init(domains: DomainKnowledge) {
        self.domains = domains
    }
}
