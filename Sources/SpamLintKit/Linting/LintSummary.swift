/// Totals over a run.
public struct LintSummary: Sendable, Hashable, Codable {
    private enum CodingKeys: String, CodingKey { case files, findings, suppressed, failed, errors, skipped }

    public var files: Int
    /// Findings that count (not suppressed).
    public var findings: Int
    /// Findings suppressed inline or by the baseline.
    public var suppressed: Int
    public var failed: Int
    public var errors: Int
    /// Folders inside walks that were not entered (unreadable, another file system).
    public var skipped: Int

    public init(reports: [FileReport], skipped: Int = 0) {
        self.skipped = skipped
        files = reports.count
        findings = reports.reduce(0) { $0 + $1.countedFindings.count }
        suppressed = reports.reduce(0) { $0 + $1.suppressedCount }
        failed = reports.filter(\.failed).count
        errors = reports.filter { $0.error != nil }.count
    }
}

extension LintSummary {
    /// `skipped` is written only when a folder was skipped, so the JSON of an ordinary run is unchanged.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(files, forKey: .files)
        try container.encode(findings, forKey: .findings)
        try container.encode(suppressed, forKey: .suppressed)
        try container.encode(failed, forKey: .failed)
        try container.encode(errors, forKey: .errors)
        if skipped > 0 { try container.encode(skipped, forKey: .skipped) }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        files = try container.decode(Int.self, forKey: .files)
        findings = try container.decode(Int.self, forKey: .findings)
        suppressed = try container.decode(Int.self, forKey: .suppressed)
        failed = try container.decode(Int.self, forKey: .failed)
        errors = try container.decode(Int.self, forKey: .errors)
        skipped = try container.decodeIfPresent(Int.self, forKey: .skipped) ?? 0
    }
}
