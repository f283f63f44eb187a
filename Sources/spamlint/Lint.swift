import ArgumentParser
import Foundation
@_spi(CLI) import SpamLintKit

extension SpamLint {
    struct Lint: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lint",
            abstract: "Lint templates and messages (the default command: `spamlint PATH…`).")

        @Argument(help: "Files, directories (searched recursively) or - for standard input.")
        var paths: [String] = []

        @OptionGroup var sender: SenderOptions

        @Option(help: "Output format: \(Reporters.all.map { $0.identifier }.joined(separator: ", ")) (`--format help` describes them).")
        var format: String = "text"

        @Option(help: "Write the report to this file instead of standard output.")
        var output: String?

        @Option(name: .customLong("sarif-output"), help: "Also write a SARIF report to this file (one run gives both the --format report and SARIF).")
        var sarifOutput: String?

        @Option(name: .customLong("stdin-filename"), help: "The name standard input (-) is reported as and its configuration is looked up by.")
        var stdinFilename: String?

        @Option(name: .customLong("fail-score"), help: "A file fails when its score reaches this (default 5.0).")
        var failScore: Double?

        @Option(name: .customLong("fail-on"), help: "A finding of this severity or above fails its file: error (default), warning, info or never.")
        var failOn: FailOnLevel?

        @Option(name: .customLong("max-findings"), help: "A file with more than this many findings fails.")
        var maxFindings: Int?

        @Flag(name: .customLong("exit-zero"), help: "Exit 0 even when files fail the gate (I/O and usage errors still exit 2).")
        var exitZero = false

        @Flag(help: "After the report, print how often each rule fired (to standard error for machine-readable formats).")
        var statistics = false

        @Flag(name: .customLong("no-progress"), help: "Never show the progress line (shown only on a terminal, on standard error).")
        var noProgress = false

        @Flag(name: .customLong("force-exclude"),
              help: "Apply .spamlintignore and the configuration's include/exclude to files named explicitly too (for pre-commit, which names every staged file).")
        var forceExclude = false

        @Option(name: .customLong("disable"), help: "Turn a rule off (repeatable).")
        var disabledRules: [String] = []

        @Option(name: .customLong("rules"), help: "Also load this YAML rule pack (repeatable; added to the configuration's rules.packs).")
        var rulePacks: [String] = []

        @Option(name: .customLong("max-file-size"), help: "Skip files larger than this many bytes, with an error (default 50 MB).")
        var maxFileSize: Int?

        @Option(name: .customLong("baseline"), help: "Suppress the findings recorded in this baseline file; only new ones count (config: baseline:).")
        var baseline: String?

        @Option(name: .customLong("write-baseline"), help: "Record every current finding in this baseline file; they are then reported as suppressed.")
        var writeBaseline: String?

        @Flag(name: .customLong("baseline-prune"), help: "Drop the baseline's stale entries (findings that no longer occur) from its file.")
        var baselinePrune = false

        @Flag(name: .customLong("dmarc-strict"), help: "Require strict DMARC alignment (DKIM d= and Return-Path equal to the From domain).")
        var dmarcStrict = false

        @Flag(name: .customLong("dns"), help: "Also check each From/sending domain's SPF, DMARC, DKIM keys and MX in DNS (network).")
        var dns = false

        @OptionGroup var dnsOptions: DNSOptions

        @Flag(help: "Print failing files only.")
        var quiet = false

        @Flag(name: .customLong("no-color"), help: "Never colour the output (as --color never).")
        var noColor = false

        @Option(name: .customLong("color"), help: "Colour the text report: auto (on a terminal, unless NO_COLOR; FORCE_COLOR forces it), always or never.")
        var color: ColorChoice = .auto

        @Flag(name: .customLong("show-source"), help: "Show each finding's source line with a caret, and the `spamlint explain` command for its rule.")
        var showSource = false

        mutating func validate() throws {
            if format == "help" { throw CleanExit.message(Reporters.listing.trimmingTrailingNewline) }
            guard !paths.isEmpty else { throw ValidationError("Give at least one file or directory to lint (or - for standard input).") }
            guard Reporters.all.contains(where: { $0.identifier == format }) else {
                throw ValidationError("Unknown format '\(format)'; use one of: \(Reporters.all.map { $0.identifier }.joined(separator: ", ")).")
            }
            if let maxFileSize, maxFileSize <= 0 { throw ValidationError("--max-file-size must be positive.") }
            if let maxFindings, maxFindings < 0 { throw ValidationError("--max-findings must be 0 or more.") }
            if let stdinFilename, stdinFilename.isEmpty || !paths.contains("-") {
                throw ValidationError(stdinFilename.isEmpty ? "--stdin-filename needs a name." : "--stdin-filename names standard input: give - as a path.")
            }
            if baselinePrune && writeBaseline != nil { throw ValidationError("--baseline-prune and --write-baseline do not go together.") }
            if !dns && (dnsOptions.server != nil || !dnsOptions.dkimSelectors.isEmpty) {
                throw ValidationError("--dns-server and --dkim-selector go with --dns.")
            }
        }

        func run() async throws {
            var setup = try LintSetup(sender: sender, firstPath: paths.first, rulePacks: rulePacks, deferringConfigurationErrors: true)
            let rules = setup.rules
            let known = Set(rules.map(\.description.id))
            for rule in disabledRules where !known.contains(rule) {
                printError("Error: Unknown rule '\(rule)' in --disable\(SpellingSuggestion.hint(for: rule, among: known)); `spamlint rules` lists them.")
                throw ExitCode(2)
            }
            setup.flags.failScore = failScore
            setup.flags.failOn = failOn
            setup.flags.maxFindings = maxFindings
            setup.flags.disabledRules = Set(disabledRules)
            setup.flags.maxFileSize = maxFileSize
            setup.flags.dmarcStrict = dmarcStrict
            setup.flags.baseline = baseline
            // Writing a baseline must not need the one a configuration names to exist yet.
            setup.flags.ignoresConfiguredBaseline = writeBaseline != nil
            let engine = SpamLintEngine(setup: setup)

            var discovery = engine.discover(paths, forceExclude: forceExclude)
            if let stdinFilename {
                discovery.items = discovery.items.map { item in
                    guard case .file(let file) = item, file.isStandardInput else { return item }
                    return .file(InputFile(displayPath: stdinFilename, openPath: "-", isStandardInput: true))
                }
            }
            // Every broken configuration or baseline is reported at once, before anything is linted.
            let setups: [FileSetup]
            switch engine.setups(for: discovery.files) {
            case .success(let found): setups = found
            case .failure(let errors):
                for error in errors.errors { _ = LintSetup.exit(after: error) }
                throw ExitCode(2)
            }
            for skipped in discovery.skipped {
                printError("spamlint: warning: \(TerminalSafe.clean(skipped.path)): folder not entered: \(skipped.reason)")
            }
            let files = discovery.files
            let progress = !noProgress && isatty(STDERR_FILENO) != 0
                ? ProgressMeter(total: files.count, write: { FileHandle.standardError.write(Data($0.utf8)) }) : nil
            var reports = await engine.lint(discovery) { _ in progress?.advance() }.reports
            progress?.finish()
            let thresholds = setups.first?.options.thresholds ?? setup.options.thresholds
            if let writeBaseline { reports = try BaselineWriter.write(reports, to: writeBaseline, thresholds: thresholds, setups: setups) }
            var dnsErrors: [String] = []
            if dns {
                do {
                    let checker = try DomainAuthChecker(server: dnsOptions.server, timeoutSeconds: dnsOptions.timeout)
                    dnsErrors = SendingDomainDNSCheck(checker: checker, extraSelectors: dnsOptions.dkimSelectors)
                        .apply(to: &reports, files: Array(zip(files, setups.map(\.options))))
                } catch {
                    printError("spamlint: \(error)")
                    throw ExitCode(2)
                }
            }
            if writeBaseline == nil { try BaselineMaintenance.reportStale(reports: reports, setups: setups, prune: baselinePrune) }

            let colored = output == nil && color.isOn(noColorFlag: noColor, terminal: isatty(STDOUT_FILENO) != 0,
                                                      environment: ProcessInfo.processInfo.environment)
            var source: (@Sendable (String) -> String?)?
            if showSource {
                let texts = SourceTexts(files: files)
                source = { texts.text(for: $0) }
            }
            let reporter = Reporters.named(format, colored: colored, quiet: quiet, sourceRoot: FileManager.default.currentDirectoryPath,
                                           rules: rules.map(\.description), source: source)!
            let result = LintResult(reports: reports, skipped: discovery.skipped)
            let isText = format == TextReporter.identifier
            var report = reporter.render(result)
            if statistics && isText { report += "\n" + RuleStatistics(result).render() }
            try ReportWriter.write(report, to: output)
            if let sarifOutput {
                let sarif = Reporters.named(SARIFReporter.identifier, sourceRoot: FileManager.default.currentDirectoryPath, rules: rules.map(\.description))!
                try ReportWriter.write(sarif.render(result), to: sarifOutput)
            }
            if !isText {
                // Machine-readable output may go to a file or a parser: say on standard error why the run exits 2.
                for failure in result.reports where failure.error != nil {
                    printError("spamlint: \(TerminalSafe.clean(failure.path)): \(TerminalSafe.clean(failure.error ?? ""))")
                }
                if statistics { FileHandle.standardError.write(Data(RuleStatistics(result).render().utf8)) }
            }
            let linted = result.reports.count { $0.error == nil }
            if !discovery.forceExcluded.isEmpty {
                let count = discovery.forceExcluded.count
                printError("spamlint: \(count) file\(count == 1 ? "" : "s") named on the command line left out by --force-exclude (.spamlintignore, exclude:)")
            }
            if linted == 0, discovery.forceExcluded.isEmpty || result.summary.errors > 0 { printError("spamlint: no file was linted (\(result.summary.errors) path\(result.summary.errors == 1 ? "" : "s") gave an error)") }

            for error in Set(dnsErrors).sorted() { printError("spamlint: DNS could not be asked: \(error)") }
            if result.summary.errors > 0 || !dnsErrors.isEmpty { throw ExitCode(2) }
            if result.summary.failed > 0 && !exitZero { throw ExitCode(1) }
        }
    }
}

extension FailOnLevel: ExpressibleByArgument {}

private extension String {
    var trimmingTrailingNewline: String { hasSuffix("\n") ? String(dropLast()) : self }
}
