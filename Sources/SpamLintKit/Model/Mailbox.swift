/// An address from From, Reply-To, Return-Path or a sender setting.
@_spi(CLI) public struct Mailbox: Sendable, Hashable, Codable {
    @_spi(CLI) public var displayName: String?
    /// `local@domain` as written (domain lower-cased).
    @_spi(CLI) public var address: String
    @_spi(CLI) public var localPart: String
    /// Lower-case domain (ASCII form for IDNs).
    @_spi(CLI) public var domain: String
    /// Registrable domain of `domain` (Public Suffix List), or `domain` when it has none.
    @_spi(CLI) public var organizationalDomain: String
    @_spi(CLI) public var position: SourcePosition

    @_spi(CLI) public init(displayName: String?, address: String, localPart: String, domain: String, organizationalDomain: String, position: SourcePosition) {
        self.displayName = displayName
        self.address = address
        self.localPart = localPart
        self.domain = domain
        self.organizationalDomain = organizationalDomain
        self.position = position
    }
}
