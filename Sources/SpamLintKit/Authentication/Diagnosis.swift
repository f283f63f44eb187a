/// Why a received message was filed where it was, and what to do about it (`spamlint diagnose`).
public struct Diagnosis: Sendable, Hashable, Codable {
    public var verdict: DiagnosisVerdict
    /// The signals that decided the verdict, in words.
    public var verdictReason: String
    /// The authserv-id whose Authentication-Results were trusted; nil when there were none.
    public var trustedAuthservID: String?
    /// Authentication-Results headers from other servers, not trusted (they could be forged by the sender).
    public var ignoredAuthenticationResults: Int
    public var signals: [DiagnosisSignal]
    /// Distinct sender fixes, in signal order.
    public var senderFixes: [String]
    public var recipientRemedy: RecipientRemedy
    /// The normal lint of the message's content.
    public var contentFindings: [Finding]
    public var contentScore: Double
}
