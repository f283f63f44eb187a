/// A parsed DMARC record (RFC 7489 §6.3) and what is wrong with it.
@_spi(CLI) public struct DMARCRecord: Sendable, Hashable, Codable {
    @_spi(CLI) public var text: String
    /// `none`, `quarantine` or `reject`; nil when missing or invalid.
    @_spi(CLI) public var policy: String?
    @_spi(CLI) public var subdomainPolicy: String?
    @_spi(CLI) public var percent: Int
    @_spi(CLI) public var aggregateReportAddresses: [String]
    /// `r` (relaxed, default) or `s` (strict).
    @_spi(CLI) public var dkimAlignment: String
    @_spi(CLI) public var spfAlignment: String
    /// Why the record is invalid (empty when valid). An invalid record means no DMARC policy.
    @_spi(CLI) public var problems: [String]

    static let knownTags: Set<String> = ["v", "p", "sp", "pct", "rua", "ruf", "adkim", "aspf", "fo", "rf", "ri", "np", "psd", "t"]

    /// True for a TXT record that claims to be DMARC (starts with `v=DMARC1`).
    @_spi(CLI) public static func isDMARC(_ text: String) -> Bool {
        text.trimmingWhitespace().lowercased().hasPrefix("v=dmarc1")
    }

    @_spi(CLI) public init(parsing text: String) {
        self.text = text
        policy = nil
        subdomainPolicy = nil
        percent = 100
        aggregateReportAddresses = []
        dkimAlignment = "r"
        spfAlignment = "r"
        problems = []
        guard let tags = TagList.parse(text) else {
            problems.append("a part without '=' (tags are name=value separated by ';')")
            return
        }
        guard let first = tags.first, first.name == "v", first.value == "DMARC1" else {
            problems.append("the record must start with v=DMARC1")
            return
        }
        let policies: Set<String> = ["none", "quarantine", "reject"]
        var seen: Set<String> = []
        for (name, value) in tags.dropFirst() {
            if !seen.insert(name).inserted { problems.append("tag \(name)= appears more than once") }
            switch name {
            case "p":
                if policies.contains(value.lowercased()) { policy = value.lowercased() } else { problems.append("p=\(value) is not none, quarantine or reject") }
            case "sp":
                if policies.contains(value.lowercased()) { subdomainPolicy = value.lowercased() } else { problems.append("sp=\(value) is not none, quarantine or reject") }
            case "pct":
                if let number = Int(value), (0...100).contains(number) { percent = number } else { problems.append("pct=\(value) is not a number from 0 to 100") }
            case "rua":
                aggregateReportAddresses = value.split(separator: ",").map { $0.trimmingWhitespace() }
                for address in aggregateReportAddresses where !address.lowercased().hasPrefix("mailto:") {
                    problems.append("rua address \(address) is not a mailto: URI")
                }
            case "adkim", "aspf":
                guard value == "r" || value == "s" else {
                    problems.append("\(name)=\(value) is not r or s")
                    continue
                }
                if name == "adkim" { dkimAlignment = value } else { spfAlignment = value }
            default:
                // Unknown tags are ignored by receivers (RFC 7489 §6.3); they are not an error.
                continue
            }
        }
        if policy == nil && !tags.contains(where: { $0.name == "p" }) { problems.append("the required p= tag is missing") }
    }

    @_spi(CLI) public var isValid: Bool { problems.isEmpty }
}
