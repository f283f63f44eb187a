/// One DKIM-Signature of a message, seen against the From domain (nothing is verified).
public struct SignatureAlignment: Sendable, Hashable, Codable {
    public var domain: String
    public var selector: String?
    public var algorithm: String?
    public var signedHeaders: [String]
    /// `h=` must include From (RFC 6376 §5.4); a signature without it does not verify.
    public var coversFrom: Bool
    public var coversSubject: Bool
    public var coversListUnsubscribe: Bool
    /// RFC 8058 §4: one-click unsubscribe needs List-Unsubscribe and List-Unsubscribe-Post signed.
    public var coversListUnsubscribePost: Bool
    /// Same organizational domain as From (DMARC adkim=r).
    public var relaxedAligned: Bool
    /// Identical to the From domain (DMARC adkim=s).
    public var strictAligned: Bool
}
