/// One answer record, copied out of the resolver's wire buffer.
public struct DNSRecord: Sendable, Hashable {
    public var type: DNSRecordType
    /// The owner name of the record.
    public var name: String
    /// TXT: the character-strings joined (RFC 7208 §3.3); A/AAAA: the address; MX/CNAME: the target host.
    public var value: String
    /// MX preference; 0 for other types.
    public var preference: Int

    public init(type: DNSRecordType, name: String, value: String, preference: Int = 0) {
        self.type = type
        self.name = name
        self.value = value
        self.preference = preference
    }
}
