/// The DNS picture of one sending domain: its SPF, DMARC, DKIM keys and MX, and the findings.
public struct DomainAuthReport: Sendable, Hashable, Codable {
    public var domain: String
    public var organizationalDomain: String
    /// False when the domain does not exist (NXDOMAIN); nil when DNS could not be asked.
    public var exists: Bool?
    public var mx: [String]
    public var spf: SPFRecord?
    public var spfEvaluation: SPFEvaluation?
    /// The DMARC record and the name it was found at (the domain's or the organizational domain's `_dmarc`).
    public var dmarc: DMARCRecord?
    public var dmarcName: String?
    public var dkim: [DKIMKeyStatus]
    /// Findings with rule ids from `DNSCheckCatalog`, sorted by id.
    public var findings: [Finding]
    /// Questions DNS did not answer (timeouts, refusals): the checks that needed them are incomplete.
    public var dnsErrors: [String]

    public init(domain: String, organizationalDomain: String) {
        self.domain = domain
        self.organizationalDomain = organizationalDomain
        exists = nil
        mx = []
        dkim = []
        findings = []
        dnsErrors = []
    }

    /// A check fails on an error or warning finding; info findings are advice.
    public var failed: Bool { findings.contains { $0.severity >= .warning } }

    public var score: Double { Thresholds.score(of: findings) }
}
