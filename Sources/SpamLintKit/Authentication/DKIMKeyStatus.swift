/// What DNS says about one DKIM selector of a domain.
@_spi(CLI) public struct DKIMKeyStatus: Sendable, Hashable, Codable {
    @_spi(CLI) public var selector: String
    /// `SELECTOR._domainkey.DOMAIN`.
    @_spi(CLI) public var name: String
    /// The key record, when one was found.
    @_spi(CLI) public var key: DKIMKeyRecord?

    @_spi(CLI) public init(selector: String, name: String, key: DKIMKeyRecord?) {
        self.selector = selector
        self.name = name
        self.key = key
    }
}
