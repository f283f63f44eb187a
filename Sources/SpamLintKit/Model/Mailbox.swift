/// An address from From, Reply-To, Return-Path or a sender setting.
public struct Mailbox: Sendable, Hashable, Codable {
    public var displayName: String?
    /// `local@domain` as written (domain lower-cased).
    public var address: String
    public var localPart: String
    /// Lower-case domain (ASCII form for IDNs).
    public var domain: String
    /// Registrable domain of `domain` (Public Suffix List), or `domain` when it has none.
    public var organizationalDomain: String
    public var position: SourcePosition

    public init(displayName: String?, address: String, localPart: String, domain: String, organizationalDomain: String, position: SourcePosition) {
        self.displayName = displayName
        self.address = address
        self.localPart = localPart
        self.domain = domain
        self.organizationalDomain = organizationalDomain
        self.position = position
    }
}
