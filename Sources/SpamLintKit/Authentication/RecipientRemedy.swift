/// What the sender can hand to the recipient's IT team (allowlisting) and to the recipient (contacts).
public struct RecipientRemedy: Sendable, Hashable, Codable {
    /// Public IP addresses of the sending servers, from the receiving side's Received and Authentication-Results headers.
    public var sendingIPs: [String]
    /// Sending domains: envelope sender, DKIM d=, From.
    public var sendingDomains: [String]
    /// The From address to add to contacts / safe senders.
    public var fromAddress: String?

    public init(sendingIPs: [String] = [], sendingDomains: [String] = [], fromAddress: String? = nil) {
        self.sendingIPs = sendingIPs
        self.sendingDomains = sendingDomains
        self.fromAddress = fromAddress
    }
}
