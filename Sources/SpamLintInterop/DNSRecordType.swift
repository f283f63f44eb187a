/// The DNS record types the authentication checks ask for (RFC 1035 type codes).
public enum DNSRecordType: Int32, Sendable, Hashable, CaseIterable {
    case a = 1
    case cname = 5
    case mx = 15
    case txt = 16
    case aaaa = 28

    public var name: String {
        switch self {
        case .a: "A"
        case .cname: "CNAME"
        case .mx: "MX"
        case .txt: "TXT"
        case .aaaa: "AAAA"
        }
    }
}
