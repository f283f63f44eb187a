/// What DNS says about one DKIM selector of a domain.
public struct DKIMKeyStatus: Sendable, Hashable, Codable {
    public var selector: String
    /// `SELECTOR._domainkey.DOMAIN`.
    public var name: String
    /// The key record, when one was found.
    public var key: DKIMKeyRecord?

    public init(selector: String, name: String, key: DKIMKeyRecord?) {
        self.selector = selector
        self.name = name
        self.key = key
    }
}
