/// The reporters `--format` accepts.
@_spi(CLI) public enum Reporters {
    @_spi(CLI) public static let all: [any Reporter.Type] = [
        TextReporter.self, JSONReporter.self, SARIFReporter.self, GitHubActionsReporter.self,
        GitLabCodeQualityReporter.self, JUnitReporter.self, CheckstyleReporter.self, HTMLReporter.self,
    ]

    /// `sourceRoot` is the directory relative paths are relative to (the current directory), used by
    /// the formats that need repository-relative paths (SARIF, GitHub, GitLab); `rules` are the run's rules
    /// (built-in and user packs), which SARIF describes.
    @_spi(CLI) public static func named(_ identifier: String, colored: Bool = false, quiet: Bool = false, sourceRoot: String? = nil,
                             rules: [RuleDescription] = RuleCatalog.builtIn.map(\.description),
                             source: (@Sendable (String) -> String?)? = nil,
                             document: (@Sendable (String) -> EmailDocument?)? = nil, timestamp: String? = nil) -> (any Reporter)? {
        switch identifier {
        case TextReporter.identifier: TextReporter(colored: colored, quiet: quiet, source: source)
        case JSONReporter.identifier: JSONReporter()
        case SARIFReporter.identifier: SARIFReporter(sourceRoot: sourceRoot, rules: rules)
        case GitHubActionsReporter.identifier: GitHubActionsReporter(sourceRoot: sourceRoot)
        case GitLabCodeQualityReporter.identifier: GitLabCodeQualityReporter(sourceRoot: sourceRoot)
        case JUnitReporter.identifier: JUnitReporter()
        case CheckstyleReporter.identifier: CheckstyleReporter()
        case HTMLReporter.identifier: HTMLReporter(rules: rules, document: document, source: source, timestamp: timestamp)
        default: nil
        }
    }

    /// `spamlint formats` / `--format help`: one line per format.
    @_spi(CLI) public static var listing: String {
        let width = all.map { $0.identifier.count }.max() ?? 0
        return all.map { $0.identifier + String(repeating: " ", count: width - $0.identifier.count + 2) + $0.summary }
            .joined(separator: "\n") + "\n"
    }
}
