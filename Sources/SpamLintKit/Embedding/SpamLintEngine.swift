/// The library's entry point: lint a file, bytes or directories with a configuration found the
/// way the CLI finds it, and get the same reports the CLI prints.
///
/// ```swift
/// import SpamLintKit
///
/// // Once, at start-up: the nearest .spamlint.yml from the templates folder, as `spamlint templates/` reads it.
/// let engine = try SpamLintEngine(near: "templates/", from: "news@example.com")
///
/// // For each rendered message, before it is handed to the mail server:
/// let report = engine.lint(bytes: Array(rendered.utf8), name: "welcome.eml")
/// if report.failed {
///     for finding in report.countedFindings { log("\(finding.rule): \(finding.message)") }
///     throw SendRefused(reasons: report.failureReasons)
/// }
/// ```
///
/// An engine is immutable and `Sendable`: build it once and share it between threads.
public struct SpamLintEngine: Sendable {
    /// The configuration and options every lint of this engine uses.
    public let setup: LintSetup
    let linter: Linter

    /// Uses `setup` as it is (its options may have been changed after it was found).
    public init(setup: LintSetup) {
        self.setup = setup
        linter = Linter(rules: setup.rules, options: setup.options)
    }

    /// Finds the configuration as the CLI does: `configurationFile`, else the nearest
    /// `.spamlint.yml` from `path` upwards, else from the current directory. `from` and
    /// `sendingDomain` override the configuration's sender; `rulePacks` are loaded after its packs.
    public init(configurationFile: String? = nil, near path: String? = nil, from: String? = nil, sendingDomain: String? = nil,
                rulePacks: [String] = []) throws(LintSetupError) {
        self.init(setup: try LintSetup(configurationFile: configurationFile, near: path, from: from, sendingDomain: sendingDomain,
                                       rulePacks: rulePacks))
    }

    /// Lints a message or template held in memory (the kind is told from the content, as for a
    /// file); `name` is the report's path and the key a baseline matches findings by.
    public func lint(bytes: [UInt8], name: String) -> FileReport {
        linter.report(path: name, bytes: bytes)
    }

    /// Lints one file; an unreadable file gives a report whose `error` says why.
    public func lint(file path: String) -> FileReport {
        LintRunner(linter: linter).lint(InputFile(displayPath: path, openPath: path))
    }

    /// Lints files and directories (searched recursively under the configuration's `include` and
    /// `exclude`), in parallel, reports in input order; a path that does not exist gets a report
    /// with an error.
    public func lint(paths: [String]) async -> LintResult {
        let inputs = inputs(paths)
        return await lint(inputs.files, missing: inputs.missing)
    }

    /// The files `lint(paths:)` lints, and the paths that do not exist.
    public func inputs(_ paths: [String]) -> (files: [InputFile], missing: [String]) {
        setup.inputCollector.collect(paths)
    }

    /// Lints `files` in parallel; `deliver` sees each report, in input order, as it is ready. The
    /// `missing` paths come first in the result, as reports with an error.
    public func lint(_ files: [InputFile], missing: [String] = [], deliver: (FileReport) -> Void = { _ in }) async -> LintResult {
        var reports = missing.map { FileReport.failure(path: $0, error: FileLoader.LoadError.noSuchFile.description) }
        await LintRunner(linter: linter).run(files) { report in
            reports.append(report)
            deliver(report)
        }
        return LintResult(reports: reports)
    }
}
