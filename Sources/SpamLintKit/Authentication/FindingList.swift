/// Collects DNS-check findings with the severity and score of their catalog entry.
struct FindingList {
    private(set) var findings: [Finding] = []

    mutating func add(_ id: String, _ message: String, evidence: String) {
        guard let description = DNSCheckCatalog.description(for: id) else {
            preconditionFailure("DNS check \(id) is not in DNSCheckCatalog")
        }
        findings.append(Finding(rule: id, category: description.category, severity: description.severity, score: description.score,
                                message: message, position: SourcePosition(line: 1, column: 0), evidence: evidence))
    }

    /// Severity first (errors on top), then id and message, so output is stable.
    var sorted: [Finding] {
        findings.sorted { ($1.severity, $0.rule, $0.message) < ($0.severity, $1.rule, $1.message) }
    }
}
