/// Identifies a finding across runs without its line number, so an edit above a finding does not
/// turn it into a "new" alert in code scanning or a merge request: the hash covers the
/// repository-relative path, the rule id and the evidence (the offending text), and identical
/// findings in one file are told apart by their order of occurrence.
@_spi(CLI) public struct FindingFingerprint: Sendable, Hashable {
    /// Hash of path, rule and evidence: the same for every occurrence of identical findings.
    @_spi(CLI) public var contentHash: String
    /// 1 for the first finding with this hash in the file, 2 for the second, and so on.
    @_spi(CLI) public var occurrence: Int

    /// `hash:occurrence`, unique per finding within a run.
    @_spi(CLI) public var value: String { "\(contentHash):\(occurrence)" }

    /// Fingerprints of a file's findings, in the same order.
    @_spi(CLI) public static func of(_ findings: [Finding], path: ArtifactPath) -> [FindingFingerprint] {
        var seen: [String: Int] = [:]
        return findings.map { finding in
            let hash = StableHash.hex(of: [path.path, finding.rule, finding.evidence])
            let occurrence = (seen[hash] ?? 0) + 1
            seen[hash] = occurrence
            return FindingFingerprint(contentHash: hash, occurrence: occurrence)
        }
    }
}
