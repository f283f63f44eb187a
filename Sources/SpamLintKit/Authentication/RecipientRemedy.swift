/// What the sender can hand to the recipient's IT team (allowlisting) and to the recipient (contacts).
@_spi(CLI) public struct RecipientRemedy: Sendable, Hashable, Codable {
    /// Public IP addresses of the sending servers, from the receiving side's Received and Authentication-Results headers.
    @_spi(CLI) public var sendingIPs: [String]
    /// Sending domains: envelope sender, DKIM d=, From.
    @_spi(CLI) public var sendingDomains: [String]
    /// The From address to add to contacts / safe senders.
    @_spi(CLI) public var fromAddress: String?

    @_spi(CLI) public init(sendingIPs: [String] = [], sendingDomains: [String] = [], fromAddress: String? = nil) {
        self.sendingIPs = sendingIPs
        self.sendingDomains = sendingDomains
        self.fromAddress = fromAddress
    }
}
