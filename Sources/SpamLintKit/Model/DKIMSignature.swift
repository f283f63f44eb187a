/// The tags of a DKIM-Signature header that alignment and coverage checks need (not verified).
public struct DKIMSignature: Sendable, Hashable, Codable {
    /// Signing domain (`d=`), lower-case.
    public var domain: String
    public var organizationalDomain: String
    /// Selector (`s=`).
    public var selector: String?
    /// Signed header names (`h=`), lower-case.
    public var signedHeaders: [String]
    public var algorithm: String?
    public var position: SourcePosition

    public init(domain: String, organizationalDomain: String, selector: String?, signedHeaders: [String], algorithm: String?, position: SourcePosition) {
        self.domain = domain
        self.organizationalDomain = organizationalDomain
        self.selector = selector
        self.signedHeaders = signedHeaders
        self.algorithm = algorithm
        self.position = position
    }
}
