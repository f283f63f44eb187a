/// SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`) and other SARIF viewers.
///
/// - `tool.driver.rules` lists every rule (GitHub needs each referenced rule; listing all keeps
///   `ruleIndex` stable between runs), with help text, default level and category/score properties.
/// - Each result has one location: a repository-relative URI against `%SRCROOT%` (declared in
///   `originalUriBaseIds` when the source root is known), 1-based start line, and start column when known.
/// - `partialFingerprints` hash path, rule and evidence, not the line (see `FindingFingerprint`).
/// - Suppressed findings are kept, with SARIF `suppressions` (`inSource` for comments, `external`
///   for the baseline), so code scanning shows them as dismissed rather than losing them.
/// - Files that could not be read are `toolExecutionNotifications`, and make `executionSuccessful` false.
@_spi(CLI) public struct SARIFReporter: Reporter {
    @_spi(CLI) public static let identifier = "sarif"
    @_spi(CLI) public static let summary = "SARIF 2.1.0 (GitHub code scanning, IDE SARIF viewers)"

    /// Where the rules are documented; nil (left out) until spamlint has a published home page.
    @_spi(CLI) public static let informationURI: String? = nil
    @_spi(CLI) public static let sourceRootID = "%SRCROOT%"

    /// GitHub code scanning rejects a run with more results than this.
    @_spi(CLI) public static let gitHubResultLimit = 25_000

    @_spi(CLI) public var sourceRoot: String?
    @_spi(CLI) public var rules: [RuleDescription]
    /// At most this many results are written, the most severe first; a warning notification says how
    /// many were left out. nil writes them all.
    @_spi(CLI) public var maxResults: Int?

    /// `sourceRoot`: the directory relative paths start from (the checkout); `rules`: the rules to describe.
    @_spi(CLI) public init(sourceRoot: String? = nil, rules: [RuleDescription] = RuleCatalog.builtIn.map(\.description),
                maxResults: Int? = SARIFReporter.gitHubResultLimit) {
        self.sourceRoot = sourceRoot
        self.rules = rules.sorted { $0.id < $1.id }
        self.maxResults = maxResults
    }

    @_spi(CLI) public func render(_ result: LintResult) -> String {
        var descriptors = rules.map(rule)
        var indexes = Dictionary(descriptors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        // A finding from outside the rule list (a synthetic id such as an unused-suppression report)
        // still needs a descriptor for its ruleIndex.
        for report in result.reports {
            for finding in report.findings where indexes[finding.rule] == nil {
                indexes[finding.rule] = descriptors.count
                descriptors.append(syntheticRule(for: finding))
            }
        }

        var results: [SARIFLog.Result] = []
        var notifications: [SARIFLog.Notification] = []
        for report in result.reports {
            let path = ArtifactPath(report.path, root: sourceRoot)
            if let error = report.error {
                notifications.append(SARIFLog.Notification(
                    level: "error", message: SARIFLog.Text(text: error),
                    locations: [SARIFLog.Location(physicalLocation: SARIFLog.PhysicalLocation(artifactLocation: artifactLocation(path), region: nil))],
                    descriptor: SARIFLog.DescriptorReference(id: "read-error")))
                continue
            }
            let fingerprints = FindingFingerprint.of(report.findings, path: path)
            for (finding, fingerprint) in zip(report.findings, fingerprints) {
                results.append(self.result(finding, path: path, ruleIndex: indexes[finding.rule] ?? 0, fingerprint: fingerprint))
            }
        }

        if let maxResults, results.count > maxResults {
            let omitted = results.count - maxResults
            results = mostSevere(results, keeping: maxResults)
            notifications.append(SARIFLog.Notification(
                level: "warning",
                message: SARIFLog.Text(text: "\(omitted) of \(omitted + maxResults) results left out (GitHub code scanning accepts at most "
                                       + "\(maxResults) per run); --format json has them all"),
                locations: [], descriptor: SARIFLog.DescriptorReference(id: "results-truncated")))
        }

        let run = SARIFLog.Run(
            tool: SARIFLog.Tool(driver: SARIFLog.Driver(name: "spamlint", version: SpamLintVersion.current, semanticVersion: SpamLintVersion.current,
                                                        informationUri: Self.informationURI, rules: descriptors)),
            invocations: [SARIFLog.Invocation(executionSuccessful: !notifications.contains { $0.level == "error" }, toolExecutionNotifications: notifications.isEmpty ? nil : notifications)],
            originalUriBaseIds: sourceRoot.map { [Self.sourceRootID: SARIFLog.ArtifactLocation(uri: ArtifactPath.directoryURI($0), uriBaseId: nil)] },
            results: results)
        return JSONOutput.string(SARIFLog.Log(runs: [run])) + "\n"
    }

    private func result(_ finding: Finding, path: ArtifactPath, ruleIndex: Int, fingerprint: FindingFingerprint) -> SARIFLog.Result {
        let region = SARIFLog.Region(startLine: max(1, finding.position.line),
                                     startColumn: finding.position.column > 0 ? finding.position.column : nil)
        let suppressions = finding.suppression.map { suppression in
            [SARIFLog.Suppression(kind: suppression.kind == .inline ? "inSource" : "external",
                                  justification: suppression.reason.flatMap { $0.isEmpty ? nil : $0 })]
        }
        return SARIFLog.Result(
            ruleId: finding.rule, ruleIndex: ruleIndex, level: level(finding.severity),
            message: SARIFLog.Text(text: finding.message.isEmpty ? finding.rule : finding.message),
            locations: [SARIFLog.Location(physicalLocation: SARIFLog.PhysicalLocation(artifactLocation: artifactLocation(path), region: region))],
            partialFingerprints: ["primaryLocationLineHash": fingerprint.value, "spamlintFindingHash/v1": fingerprint.value],
            suppressions: suppressions,
            properties: SARIFLog.ResultProperties(score: finding.score, baseScore: finding.baseScore, category: finding.category.rawValue,
                                                  severity: finding.severity.rawValue, evidence: finding.evidence))
    }

    /// The first `count` results by level (error, warning, note), kept in report order.
    private func mostSevere(_ results: [SARIFLog.Result], keeping count: Int) -> [SARIFLog.Result] {
        let rank = ["error": 0, "warning": 1, "note": 2]
        let kept = Set(results.indices.sorted { (rank[results[$0].level] ?? 3, $0) < (rank[results[$1].level] ?? 3, $1) }.prefix(count))
        return results.indices.filter { kept.contains($0) }.map { results[$0] }
    }

    private func artifactLocation(_ path: ArtifactPath) -> SARIFLog.ArtifactLocation {
        SARIFLog.ArtifactLocation(uri: path.uri, uriBaseId: path.isRelative && sourceRoot != nil ? Self.sourceRootID : nil)
    }

    private func rule(_ description: RuleDescription) -> SARIFLog.Rule {
        var markdown = "\(description.summary)\n\n**Why:** \(description.rationale)\n\n**Fix:** \(description.fix)\n"
        if let example = description.triggeringExamples.first {
            markdown += "\n**Triggers on:**\n\n```\n\(example.source)\n```\n"
        }
        return SARIFLog.Rule(
            id: description.id, name: identifierName(description.name),
            shortDescription: SARIFLog.Text(text: limited(description.summary)),
            fullDescription: SARIFLog.Text(text: limited(description.rationale)),
            help: SARIFLog.MultiformatText(text: "\(description.summary)\n\nWhy: \(description.rationale)\n\nFix: \(description.fix)\n\n"
                                               + "Run `spamlint explain \(description.id)` for examples.",
                                           markdown: markdown),
            defaultConfiguration: SARIFLog.Configuration(level: level(description.severity)),
            properties: SARIFLog.RuleProperties(category: description.category.rawValue, score: description.score, maxScore: description.maxScore,
                                                tags: ["spamlint", description.category.rawValue],
                                                problemSeverity: problemSeverity(description.severity)))
    }

    private func syntheticRule(for finding: Finding) -> SARIFLog.Rule {
        let text = finding.message.isEmpty ? finding.rule : finding.message
        return SARIFLog.Rule(
            id: finding.rule, name: identifierName(finding.rule),
            shortDescription: SARIFLog.Text(text: limited(text)), fullDescription: SARIFLog.Text(text: limited(text)),
            help: SARIFLog.MultiformatText(text: text, markdown: text),
            defaultConfiguration: SARIFLog.Configuration(level: level(finding.severity)),
            properties: SARIFLog.RuleProperties(category: finding.category.rawValue, score: finding.baseScore, maxScore: finding.maxScore,
                                                tags: ["spamlint", finding.category.rawValue],
                                                problemSeverity: problemSeverity(finding.severity)))
    }

    private func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// GitHub's `problem.severity` for non-security rules.
    private func problemSeverity(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "recommendation"
        }
    }

    /// "Link shortener" → "LinkShortener": SARIF rule names are identifiers, not sentences.
    private func identifierName(_ name: String) -> String {
        name.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }
            .joined()
    }

    /// GitHub truncates rule descriptions over 1,024 characters; cut at a character boundary first.
    private func limited(_ text: String) -> String {
        text.count <= 1024 ? text : String(text.prefix(1023)) + "…"
    }
}
