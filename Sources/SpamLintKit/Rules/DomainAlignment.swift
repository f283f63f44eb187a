/// The envelope sender (Return-Path) domain seen against the From domain (DMARC SPF alignment).
@_spi(CLI) public struct DomainAlignment: Sendable, Hashable, Codable {
    @_spi(CLI) public var address: String
    @_spi(CLI) public var domain: String
    @_spi(CLI) public var organizationalDomain: String
    @_spi(CLI) public var relaxedAligned: Bool
    @_spi(CLI) public var strictAligned: Bool
}
