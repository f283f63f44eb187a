/// The group a rule belongs to; used for listing and for configuration.
public enum RuleCategory: String, Sendable, Hashable, Codable, CaseIterable {
    case authentication
    case headers
    case links
    case html
    case content
    case unsubscribe
    case structure
    /// Legal requirements (CAN-SPAM, CASL) rather than filter signals.
    case compliance
}
