/// Answers about one document that several rules ask for, worked out once per document by whoever
/// runs the rules (the linter) and handed to them in the `RuleContext`. The document stays exactly
/// as it was read: nothing is written back into it.
@_spi(CLI) public struct DocumentFacts: Sendable, Hashable {
    /// The bodies hold an unsubscribe link or placeholder (`UnsubscribeSignals.workOutBodyOffersUnsubscribe`).
    @_spi(CLI) public let bodyOffersUnsubscribe: Bool

    /// What the message is for (`PurposeAssessment.of`).
    @_spi(CLI) public let purpose: PurposeAssessment

    @_spi(CLI) public init(of document: EmailDocument) {
        bodyOffersUnsubscribe = UnsubscribeSignals.workOutBodyOffersUnsubscribe(document)
        purpose = PurposeAssessment.of(document)
    }
}
