/// Findings with inline suppressions applied, and the directives that silenced nothing.
public struct SuppressionResolution: Sendable, Hashable {
    public var findings: [Finding]
    public var unused: [UnusedSuppression]

    public init(findings: [Finding], unused: [UnusedSuppression]) {
        self.findings = findings
        self.unused = unused
    }
}
