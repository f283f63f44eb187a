/// Why a finding is reported but does not count: an inline `spamlint-disable` comment or a baseline entry.
/// Suppressed findings stay in machine-readable output (JSON, SARIF) so an audit can see them and their reasons.
public struct FindingSuppression: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A `spamlint-disable…` comment in the file itself.
        case inline
        /// An entry in the file given with `--baseline`.
        case baseline
    }

    public var kind: Kind
    /// The text after `--` in the comment, if any.
    public var reason: String?

    public init(kind: Kind, reason: String? = nil) {
        self.kind = kind
        self.reason = reason
    }
}
