/// The DNS picture of one sending domain: its SPF, DMARC, DKIM keys and MX, and the findings.
@_spi(CLI) public struct DomainAuthReport: Sendable, Hashable, Codable {
    @_spi(CLI) public var domain: String
    @_spi(CLI) public var organizationalDomain: String
    /// False when the domain does not exist (NXDOMAIN); nil when DNS could not be asked.
    @_spi(CLI) public var exists: Bool?
    @_spi(CLI) public var mx: [String]
    @_spi(CLI) public var spf: SPFRecord?
    @_spi(CLI) public var spfEvaluation: SPFEvaluation?
    /// The DMARC record and the name it was found at (the domain's or the organizational domain's `_dmarc`).
    @_spi(CLI) public var dmarc: DMARCRecord?
    @_spi(CLI) public var dmarcName: String?
    @_spi(CLI) public var dkim: [DKIMKeyStatus]
    /// Findings with rule ids from `DNSCheckCatalog`, sorted by id.
    @_spi(CLI) public var findings: [Finding]
    /// Questions DNS did not answer (timeouts, refusals): the checks that needed them are incomplete.
    @_spi(CLI) public var dnsErrors: [String]

    @_spi(CLI) public init(domain: String, organizationalDomain: String) {
        self.domain = domain
        self.organizationalDomain = organizationalDomain
        exists = nil
        mx = []
        dkim = []
        findings = []
        dnsErrors = []
    }

    /// A check fails on an error or warning finding; info findings are advice.
    @_spi(CLI) public var failed: Bool { findings.contains { $0.severity >= .warning } }

    @_spi(CLI) public var score: Double { Thresholds.score(of: findings) }
}
