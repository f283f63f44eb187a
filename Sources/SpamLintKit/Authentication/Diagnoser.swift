/// Builds a `Diagnosis` from a received message's headers and the normal lint of its content.
@_spi(CLI) public struct Diagnoser: Sendable {
    @_spi(CLI) public var linter: Linter
    /// Trust Authentication-Results of this authserv-id only; nil trusts the top-most header's.
    @_spi(CLI) public var trustedAuthservID: String?

    @_spi(CLI) public init(linter: Linter = Linter(), trustedAuthservID: String? = nil) {
        self.linter = linter
        self.trustedAuthservID = trustedAuthservID?.lowercased()
    }

    @_spi(CLI) public func diagnose(_ document: EmailDocument) -> Diagnosis {
        let all = document.headers.all("Authentication-Results").map { AuthenticationResultsHeader(parsing: $0.value, position: $0.position) }
        // Headers are in message order, so the first is the top-most: the one the final receiver added.
        let trustedID = trustedAuthservID ?? all.first?.authservID
        let trusted = all.filter { $0.authservID == trustedID }
        let authentication = AuthenticationSignals.signals(trusted)
        let filters = FilterHeaderSignals.signals(document.headers)
        let signals = authentication + filters

        // A filter's own decision (SCL, X-Spam-Status, rspamd action) says where the message went;
        // authentication results only suggest it when no filter says.
        var (verdict, reason) = Self.verdict(filters)
        if verdict == .unknown { (verdict, reason) = Self.verdict(signals) }
        var fixes: [String] = []
        var seenFixes: Set<String> = []
        for fix in signals.compactMap(\.senderFix) where seenFixes.insert(fix).inserted { fixes.append(fix) }

        let findings = linter.findings(in: document)
        let score = Thresholds.score(of: findings)
        return Diagnosis(verdict: verdict, verdictReason: reason, trustedAuthservID: trusted.isEmpty ? nil : trustedID,
                         ignoredAuthenticationResults: all.count - trusted.count, signals: signals, senderFixes: fixes,
                         recipientRemedy: remedy(document, trusted: trusted), contentFindings: findings, contentScore: score)
    }

    /// The strongest placement any signal implies: quarantine over spam folder over inbox.
    static func verdict(_ signals: [DiagnosisSignal]) -> (DiagnosisVerdict, String) {
        for candidate in [DiagnosisVerdict.quarantine, .spamFolder, .inbox] {
            let deciding = signals.filter { $0.implies == candidate }
            if !deciding.isEmpty {
                return (candidate, deciding.map { "\($0.source): \($0.signal)" }.joined(separator: "; "))
            }
        }
        return (.unknown, signals.isEmpty
            ? "the message has no receiving-side filter headers (download it from the mailbox with all headers)"
            : "the headers report authentication but no filing decision")
    }

    private func remedy(_ document: EmailDocument, trusted: [AuthenticationResultsHeader]) -> RecipientRemedy {
        // In first-seen order; the set keeps 80,000 results naming distinct domains linear.
        var domains: [String] = []
        var seen: Set<String> = []
        func add(_ domain: String?) {
            guard var domain = domain?.lowercased(), !domain.isEmpty else { return }
            if let at = domain.lastIndex(of: "@") { domain = String(domain[domain.index(after: at)...]) }
            if seen.insert(domain).inserted { domains.append(domain) }
        }
        for header in trusted {
            for result in header.results {
                add(result.properties["smtp.mailfrom"])
                add(result.properties["header.d"])
                add(result.properties["header.from"])
            }
        }
        add(document.returnPath?.domain)
        for signature in document.dkimSignatures { add(signature.domain) }
        add(document.from.first?.domain)
        return RecipientRemedy(sendingIPs: ReceivedHeaderScanner.publicIPs(document.headers, trusted: trusted),
                               sendingDomains: domains, fromAddress: document.from.first?.address)
    }
}
