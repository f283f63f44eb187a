/// `lint --dns`: checks each From/sending domain of the linted files in DNS once, and adds the
/// findings to every file that sends from that domain (so they count in its score and gate).
@_spi(CLI) public struct SendingDomainDNSCheck: Sendable {
    @_spi(CLI) public let checker: DomainAuthChecker
    @_spi(CLI) public var extraSelectors: [String]

    @_spi(CLI) public init(checker: DomainAuthChecker, extraSelectors: [String] = []) {
        self.checker = checker
        self.extraSelectors = extraSelectors
    }

    /// Adds DNS findings to `reports` (matched to the files by display path) and returns the DNS errors.
    /// Each file is read with its own options (its nearest `.spamlint.yml`: sender, sending domain,
    /// size limit) and its report gated with its own thresholds, as the lint itself did.
    @_spi(CLI) public func apply(to reports: inout [FileReport], files: [(file: InputFile, options: LintOptions)]) -> [String] {
        var domainsByPath: [String: (domain: String, position: SourcePosition, options: LintOptions)] = [:]
        var selectors: [String: [String]] = [:]
        var order: [String] = []
        for (file, options) in files where !file.isStandardInput {
            guard case .success(let bytes) = FileLoader.load(file, maxSize: options.maxFileSize) else { continue }
            let document = EmailReader.read(bytes, settings: options.settings)
            guard let domain = document.from.first?.domain ?? document.expectedSendingDomain, !domain.isEmpty else { continue }
            domainsByPath[file.displayPath] = (domain, document.from.first?.position ?? .start, options)
            if selectors[domain] == nil { order.append(domain) }
            selectors[domain, default: extraSelectors] += AlignmentAnalysis(document).selectorsByDomain[domain] ?? []
        }
        var domainReports: [String: DomainAuthReport] = [:]
        var errors: [String] = []
        for domain in order {
            let report = checker.check(domain: domain, dkimSelectors: selectors[domain] ?? [])
            domainReports[domain] = report
            errors += report.dnsErrors
        }
        for index in reports.indices {
            guard reports[index].error == nil, let (domain, position, options) = domainsByPath[reports[index].path],
                  let domainReport = domainReports[domain] else { continue }
            var report = reports[index]
            for var finding in domainReport.findings {
                finding.position = position
                report.findings.append(finding)
            }
            report.findings.sort(by: Finding.reportOrder)
            // The same count and gate as the lint itself (one score per rule, fail-on, max-findings).
            report.applyGate(options.thresholds)
            reports[index] = report
        }
        return errors
    }
}
