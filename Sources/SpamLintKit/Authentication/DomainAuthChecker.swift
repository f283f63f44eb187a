import SpamLintInterop

/// Checks a sending domain's SPF, DMARC, DKIM keys and MX in DNS. A question DNS does not answer
/// is recorded in `dnsErrors` and the other checks still run.
@_spi(CLI) public struct DomainAuthChecker: Sendable {
    @_spi(CLI) public let resolver: any DNSQuerying

    @_spi(CLI) public init(resolver: any DNSQuerying) {
        self.resolver = resolver
    }

    /// Uses libresolv, asking `server` (`HOST[:PORT]`, IPv4) or the system's name servers.
    @_spi(CLI) public init(server: String?, timeoutSeconds: Int = 3, attempts: Int = 2) throws(DNSSettingsError) {
        var address: DNSServerAddress? = nil
        if let server {
            guard let parsed = DNSServerAddress(parsing: server) else { throw DNSSettingsError(server: server) }
            address = parsed
        }
        self.init(resolver: DNSResolver(server: address, timeoutSeconds: timeoutSeconds, attempts: attempts))
    }

    @_spi(CLI) public func check(domain rawDomain: String, dkimSelectors: [String] = []) -> DomainAuthReport {
        // After one unanswered question the others would wait out their timeouts too: fail them at once.
        let resolver = FailFastResolver(resolver)
        let domain = rawDomain.lowercased().trimmingTrailingDots()
        var report = DomainAuthReport(domain: domain, organizationalDomain: OrganizationalDomain.of(domain) ?? domain)
        var findings = FindingList()
        var dnsErrors: [String] = []
        record(&dnsErrors) {
            let answer = try resolver.query(domain, type: .mx)
            if answer == .nameNotFound {
                report.exists = false
                findings.add("domain-not-found", "\(domain) does not exist in DNS (NXDOMAIN)", evidence: domain)
                return
            }
            report.exists = true
            report.mx = answer.records.sorted { ($0.preference, $0.value) < ($1.preference, $1.value) }.map { "\($0.preference) \($0.value)" }
            let hosts = answer.records.map(\.value).filter { !$0.isEmpty && $0 != "." }
            if hosts.isEmpty {
                let why = answer.records.isEmpty ? "has no MX record" : "has a null MX (RFC 7505): it accepts no mail"
                findings.add("mx-missing", "\(domain) \(why), so replies and bounces cannot reach it", evidence: domain)
            }
        }
        if report.exists != false {
            record(&dnsErrors) { try checkSPF(domain, resolver, report: &report, findings: &findings) }
            for selector in Self.unique(dkimSelectors) {
                record(&dnsErrors) { try checkDKIM(domain, selector: selector, resolver, report: &report, findings: &findings) }
            }
        }
        // A domain that does not exist has nothing more to check; its DMARC finding would be noise.
        if report.exists != false {
            record(&dnsErrors) { try checkDMARC(domain, resolver, report: &report, findings: &findings) }
        }
        // One score per check, as in lint: a key missing under two selectors counts once.
        report.findings = RuleScoreCap.counted(findings.sorted)
        report.dnsErrors = dnsErrors
        return report
    }

    private func record(_ errors: inout [String], _ body: () throws -> Void) {
        do {
            try body()
        } catch let error as DNSLookupError {
            if !errors.contains(error.message) { errors.append(error.message) }
        } catch {
            errors.append("\(error)")
        }
    }

    private func checkSPF(_ domain: String, _ resolver: any DNSQuerying, report: inout DomainAuthReport, findings: inout FindingList) throws(DNSLookupError) {
        let texts = try resolver.query(domain, type: .txt).records.map(\.value).filter(SPFRecord.isSPF).sorted()
        guard let first = texts.first else {
            findings.add("spf-missing", "\(domain) has no SPF record (TXT v=spf1)", evidence: domain)
            return
        }
        if texts.count > 1 {
            findings.add("spf-multiple", "\(domain) has \(texts.count) SPF records; receivers treat that as a permanent error",
                         evidence: texts.joined(separator: " | "))
        }
        let spf = SPFRecord(parsing: first)
        report.spf = spf
        for error in spf.syntaxErrors { findings.add("spf-syntax", "SPF record of \(domain): \(error)", evidence: spf.text) }
        switch spf.allQualifier {
        case "+":
            findings.add("spf-permissive-all", "SPF record of \(domain) ends in +all: anyone may send as \(domain)", evidence: spf.text)
        case "?":
            findings.add("spf-neutral-all", "SPF record of \(domain) ends in ?all: it never fails forged mail", evidence: spf.text)
        case nil where spf.redirect == nil:
            findings.add("spf-neutral-all", "SPF record of \(domain) has no all mechanism: unlisted senders get neutral", evidence: spf.text)
        default:
            break
        }
        if spf.terms.contains(where: { !$0.isModifier && $0.name == "ptr" }) {
            findings.add("spf-ptr", "SPF record of \(domain) uses ptr, which receivers may ignore", evidence: spf.text)
        }
        let evaluation = try SPFEvaluator(resolver: resolver).evaluate(spf, domain: domain)
        report.spfEvaluation = evaluation
        if evaluation.lookups > 10 {
            findings.add("spf-too-many-lookups", "SPF record of \(domain) needs \(evaluation.lookups) DNS lookups (limit 10)", evidence: spf.text)
        }
        if evaluation.voidLookups > 2 {
            findings.add("spf-too-many-void-lookups", "SPF record of \(domain) has \(evaluation.voidLookups) void lookups (limit 2)", evidence: spf.text)
        }
        for target in evaluation.brokenTargets {
            findings.add("spf-include-broken", "SPF record of \(domain): \(target)", evidence: spf.text)
        }
        for problem in evaluation.nestedProblems {
            findings.add("spf-syntax", "SPF record of \(domain), through an include: \(problem)", evidence: spf.text)
        }
    }

    private func checkDMARC(_ domain: String, _ resolver: any DNSQuerying, report: inout DomainAuthReport, findings: inout FindingList) throws(DNSLookupError) {
        var names = ["_dmarc.\(domain)"]
        if report.organizationalDomain != domain { names.append("_dmarc.\(report.organizationalDomain)") }
        for name in names {
            let texts = try resolver.query(name, type: .txt).records.map(\.value).filter(DMARCRecord.isDMARC).sorted()
            guard let first = texts.first else { continue }
            let dmarc = DMARCRecord(parsing: first)
            report.dmarc = dmarc
            report.dmarcName = name
            if texts.count > 1 {
                findings.add("dmarc-invalid", "\(name) has \(texts.count) DMARC records; receivers then apply none", evidence: texts.joined(separator: " | "))
            }
            for problem in dmarc.problems { findings.add("dmarc-invalid", "DMARC record at \(name): \(problem)", evidence: dmarc.text) }
            let effective = name == "_dmarc.\(domain)" ? dmarc.policy : (dmarc.subdomainPolicy ?? dmarc.policy)
            if effective == "none" {
                findings.add("dmarc-policy-none", "DMARC policy for \(domain) is none (monitoring only)", evidence: dmarc.text)
            }
            if dmarc.isValid && dmarc.percent < 100 {
                findings.add("dmarc-pct-partial", "DMARC policy at \(name) applies to \(dmarc.percent)% of failing mail", evidence: dmarc.text)
            }
            if dmarc.isValid && dmarc.aggregateReportAddresses.isEmpty {
                findings.add("dmarc-no-reports", "DMARC record at \(name) has no rua= address for aggregate reports", evidence: dmarc.text)
            }
            return
        }
        findings.add("dmarc-missing", "no DMARC record at \(names.joined(separator: " or "))", evidence: domain)
    }

    private func checkDKIM(_ domain: String, selector: String, _ resolver: any DNSQuerying, report: inout DomainAuthReport, findings: inout FindingList) throws(DNSLookupError) {
        let name = "\(selector)._domainkey.\(domain)"
        let texts = try resolver.query(name, type: .txt).records.map(\.value)
        // Several TXT records at a key name: take the one that looks like a key.
        guard let text = texts.first(where: { $0.contains("p=") }) ?? texts.first else {
            findings.add("dkim-key-missing", "no DKIM key at \(name)", evidence: name)
            report.dkim.append(DKIMKeyStatus(selector: selector, name: name, key: nil))
            return
        }
        let key = DKIMKeyRecord(parsing: text)
        report.dkim.append(DKIMKeyStatus(selector: selector, name: name, key: key))
        if key.isRevoked {
            findings.add("dkim-key-revoked", "DKIM key at \(name) is revoked (empty p=)", evidence: text)
        }
        for problem in key.problems { findings.add("dkim-key-syntax", "DKIM key at \(name): \(problem)", evidence: text) }
        if let bits = key.keyBits {
            if bits < 1024 {
                findings.add("dkim-key-weak", "DKIM key at \(name) has \(bits) bits; receivers ignore keys under 1024", evidence: name)
            } else if bits < 2048 {
                findings.add("dkim-key-short", "DKIM key at \(name) has \(bits) bits; 2048 is recommended", evidence: name)
            }
        }
    }

    private static func unique(_ selectors: [String]) -> [String] {
        var seen: Set<String> = []
        return selectors.map { $0.lowercased() }.filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}
