/// The tags of a DKIM-Signature header that alignment and coverage checks need (not verified).
@_spi(CLI) public struct DKIMSignature: Sendable, Hashable, Codable {
    /// Signing domain (`d=`), lower-case.
    @_spi(CLI) public var domain: String
    @_spi(CLI) public var organizationalDomain: String
    /// Selector (`s=`).
    @_spi(CLI) public var selector: String?
    /// Signed header names (`h=`), lower-case.
    @_spi(CLI) public var signedHeaders: [String]
    @_spi(CLI) public var algorithm: String?
    @_spi(CLI) public var position: SourcePosition

    @_spi(CLI) public init(domain: String, organizationalDomain: String, selector: String?, signedHeaders: [String], algorithm: String?, position: SourcePosition) {
        self.domain = domain
        self.organizationalDomain = organizationalDomain
        self.selector = selector
        self.signedHeaders = signedHeaders
        self.algorithm = algorithm
        self.position = position
    }
}
