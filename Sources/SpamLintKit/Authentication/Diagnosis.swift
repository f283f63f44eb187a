/// Why a received message was filed where it was, and what to do about it (`spamlint diagnose`).
@_spi(CLI) public struct Diagnosis: Sendable, Hashable, Codable {
    @_spi(CLI) public var verdict: DiagnosisVerdict
    /// The signals that decided the verdict, in words.
    @_spi(CLI) public var verdictReason: String
    /// The authserv-id whose Authentication-Results were trusted; nil when there were none.
    @_spi(CLI) public var trustedAuthservID: String?
    /// Authentication-Results headers from other servers, not trusted (they could be forged by the sender).
    @_spi(CLI) public var ignoredAuthenticationResults: Int
    @_spi(CLI) public var signals: [DiagnosisSignal]
    /// Distinct sender fixes, in signal order.
    @_spi(CLI) public var senderFixes: [String]
    @_spi(CLI) public var recipientRemedy: RecipientRemedy
    /// The normal lint of the message's content.
    @_spi(CLI) public var contentFindings: [Finding]
    @_spi(CLI) public var contentScore: Double
}
