/// One entry of `overrides:` in `.spamlint.yml`: settings for the files its globs match, as ESLint's
/// `overrides` and ruff's `per-file-ignores`.
public struct PathOverride: Sendable {
    /// `files:` globs, relative to the configuration file's folder.
    public var files: [GlobPattern]
    /// What the entry sets (sender, rules, thresholds, purpose); other keys are refused.
    public var settings: Configuration
    /// Line of the entry in its file.
    public var line: Int

    public init(files: [GlobPattern], settings: Configuration, line: Int) {
        self.files = files
        self.settings = settings
        self.line = line
    }

    func matches(_ relativePath: String) -> Bool {
        files.contains { $0.matches(relativePath) }
    }
}
