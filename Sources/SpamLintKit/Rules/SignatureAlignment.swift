/// One DKIM-Signature of a message, seen against the From domain (nothing is verified).
@_spi(CLI) public struct SignatureAlignment: Sendable, Hashable, Codable {
    @_spi(CLI) public var domain: String
    @_spi(CLI) public var selector: String?
    @_spi(CLI) public var algorithm: String?
    @_spi(CLI) public var signedHeaders: [String]
    /// `h=` must include From (RFC 6376 §5.4); a signature without it does not verify.
    @_spi(CLI) public var coversFrom: Bool
    @_spi(CLI) public var coversSubject: Bool
    @_spi(CLI) public var coversListUnsubscribe: Bool
    /// RFC 8058 §4: one-click unsubscribe needs List-Unsubscribe and List-Unsubscribe-Post signed.
    @_spi(CLI) public var coversListUnsubscribePost: Bool
    /// Same organizational domain as From (DMARC adkim=r).
    @_spi(CLI) public var relaxedAligned: Bool
    /// Identical to the From domain (DMARC adkim=s).
    @_spi(CLI) public var strictAligned: Bool
}
