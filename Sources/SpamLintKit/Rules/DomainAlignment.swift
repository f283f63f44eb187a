/// The envelope sender (Return-Path) domain seen against the From domain (DMARC SPF alignment).
public struct DomainAlignment: Sendable, Hashable, Codable {
    public var address: String
    public var domain: String
    public var organizationalDomain: String
    public var relaxedAligned: Bool
    public var strictAligned: Bool
}
