import Foundation

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
        do {
            let fileSetup = try setup.setup(forFile: path)
            return LintRunner(linter: Linter(rules: fileSetup.rules, options: fileSetup.options)).lint(InputFile(displayPath: path, openPath: path))
        } catch {
            return .failure(path: path, error: error.description)
        }
    }

    /// Lints files and directories (searched recursively, see `discover`), in parallel, each
    /// file with its own configuration; reports in input order, a path that gives no file (missing,
    /// an empty folder) as a report with an error in its place.
    public func lint(paths: [String]) async -> LintResult {
        await lint(discover(paths))
    }

    /// The files `lint(paths:)` lints, and the paths that give none.
    public func inputs(_ paths: [String]) -> (files: [InputFile], missing: [String]) {
        let discovery = discover(paths)
        let problems = discovery.items.compactMap { item -> String? in if case .problem(let path, _) = item { path } else { nil } }
        return (discovery.files, problems)
    }

    /// What `paths` give: files found in folders are kept when their own configuration's
    /// `include`/`exclude` select them; git-ignored files, `.spamlintignore` entries, hidden
    /// folders and `node_modules` are skipped; folders that cannot be entered are listed.
    /// With `forceExclude`, files named explicitly are filtered the same way (see `InputCollector.discover`).
    public func discover(_ paths: [String], forceExclude: Bool = false) -> InputDiscovery {
        let setup = setup
        return InputCollector().discover(paths, forceExclude: forceExclude) { setup.selects(canonicalPath: $0) }
    }

    /// The setup of each file (its configuration chain, options and rules), or every distinct
    /// setup error among them, so a run can report all broken configuration files at once.
    public func setups(for files: [InputFile]) -> Result<[FileSetup], SetupErrors> {
        var setups: [FileSetup] = []
        var errors: [String: LintSetupError] = [:]
        for file in files {
            do {
                setups.append(try setup.setup(forFile: Self.configurationPath(of: file)))
            } catch {
                errors[error.description] = error
            }
        }
        guard errors.isEmpty else { return .failure(SetupErrors(errors: errors.sorted { $0.key < $1.key }.map(\.value))) }
        return .success(setups)
    }

    /// Lints `files` in parallel; `deliver` sees each report, in input order, as it is ready. The
    /// `missing` paths come first in the result, as reports with an error.
    public func lint(_ files: [InputFile], missing: [String] = [], deliver: (FileReport) -> Void = { _ in }) async -> LintResult {
        var discovery = InputDiscovery()
        discovery.items = missing.map { .problem(path: $0, message: FileLoader.LoadError.noSuchFile.description) } + files.map { .file($0) }
        return await lint(discovery, deliver: deliver)
    }

    /// Lints what a discovery found, each file with its own configuration, in input order; a
    /// problem becomes a report with an error in its place, and so does a file whose
    /// configuration does not load.
    public func lint(_ discovery: InputDiscovery, deliver: (FileReport) -> Void = { _ in }) async -> LintResult {
        var linters: [String: Linter] = [:]
        var files: [InputFile] = []
        var fileLinters: [Linter] = []
        // Reports that are ready before linting (problems, setup errors), by the number of files before them.
        var early: [(position: Int, report: FileReport)] = []
        for item in discovery.items {
            switch item {
            case .problem(let path, let message):
                early.append((files.count, .failure(path: path, error: message)))
            case .file(let file):
                do {
                    let fileSetup = try setup.setup(forFile: Self.configurationPath(of: file))
                    let linter = linters[fileSetup.key] ?? Linter(rules: fileSetup.rules, options: fileSetup.options)
                    linters[fileSetup.key] = linter
                    files.append(file)
                    fileLinters.append(linter)
                } catch {
                    early.append((files.count, .failure(path: file.displayPath, error: error.description)))
                }
            }
        }
        var reports: [FileReport] = []
        var nextEarly = 0
        func deliverEarly(upTo position: Int) {
            while nextEarly < early.count, early[nextEarly].position <= position {
                reports.append(early[nextEarly].report)
                deliver(early[nextEarly].report)
                nextEarly += 1
            }
        }
        deliverEarly(upTo: 0)
        var delivered = 0
        await LintRunner(linter: linter).run(files, linters: fileLinters) { report in
            reports.append(report)
            deliver(report)
            delivered += 1
            deliverEarly(upTo: delivered)
        }
        deliverEarly(upTo: Int.max)
        return LintResult(reports: reports, skipped: discovery.skipped)
    }

    /// Where a file's configuration is looked for: its path, or for standard input the name it
    /// is given (`--stdin-filename`), else the working directory.
    static func configurationPath(of file: InputFile) -> String {
        guard file.isStandardInput else { return file.openPath }
        return file.displayPath == "-" ? (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent("-") : file.displayPath
    }
}
