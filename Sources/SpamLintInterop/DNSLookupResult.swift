/// What the name server answered: records, no records of that type, or no such name.
public enum DNSLookupResult: Sendable, Hashable {
    case records([DNSRecord])
    /// The name exists but has no record of the asked type (NODATA).
    case noData
    /// NXDOMAIN.
    case nameNotFound

    public var records: [DNSRecord] {
        if case .records(let records) = self { return records }
        return []
    }
}
