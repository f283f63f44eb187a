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

        @Flag(name: .customLong("dmarc-strict"), help: "Require strict DMARC alignment (DKIM d= and Return-Path equal to the From domain).")
        var dmarcStrict = false

        @Flag(name: .customLong("dns"), help: "Also check each From/sending domain's SPF, DMARC, DKIM keys and MX in DNS (network).")
        var dns = false

        @OptionGroup var dnsOptions: DNSOptions

        @Flag(help: "Print failing files only.")
        var quiet = false

        @Flag(name: .customLong("no-color"), help: "Never colour the output.")
        var noColor = false

        mutating func validate() throws {
            if format == "help" { throw CleanExit.message(Reporters.listing.trimmingTrailingNewline) }
            guard !paths.isEmpty else { throw ValidationError("Give at least one file or directory to lint (or - for standard input).") }
            guard Reporters.all.contains(where: { $0.identifier == format }) else {
                throw ValidationError("Unknown format '\(format)'; use one of: \(Reporters.all.map { $0.identifier }.joined(separator: ", ")).")
            }
            if let maxFileSize, maxFileSize <= 0 { throw ValidationError("--max-file-size must be positive.") }
            if let maxFindings, maxFindings < 0 { throw ValidationError("--max-findings must be 0 or more.") }
            if !dns && (dnsOptions.server != nil || !dnsOptions.dkimSelectors.isEmpty) {
                throw ValidationError("--dns-server and --dkim-selector go with --dns.")
            }
        }

        func run() async throws {
            var setup = try LintSetup(sender: sender, firstPath: paths.first, rulePacks: rulePacks)
            let rules = setup.rules
            let known = Set(rules.map(\.description.id))
            for rule in disabledRules where !known.contains(rule) {
                printError("Error: Unknown rule '\(rule)' in --disable; `spamlint rules` lists them.")
                throw ExitCode(2)
            }
            var options = setup.options
            if let failScore { options.thresholds.failScore = failScore }
            if let failOn { options.thresholds.failOn = failOn }
            if let maxFindings { options.thresholds.maxFindings = maxFindings }
            options.disabledRules.formUnion(disabledRules)
            if let maxFileSize { options.maxFileSize = maxFileSize }
            // Writing a baseline must not need the one the configuration names to exist yet.
            if let path = baseline ?? (writeBaseline == nil ? setup.configuredBaselinePath : nil) {
                do {
                    options.baseline = try Baseline.load(path: path)
                } catch {
                    printError("spamlint: \(error)")
                    throw ExitCode(2)
                }
            }
            if dmarcStrict { options.dmarcStrict = true }

            setup.options = options
            let engine = SpamLintEngine(setup: setup)
            let (files, missing) = engine.inputs(paths)
            let progress = !noProgress && isatty(STDERR_FILENO) != 0
                ? ProgressMeter(total: files.count, write: { FileHandle.standardError.write(Data($0.utf8)) }) : nil
            var reports = await engine.lint(files, missing: missing) { _ in progress?.advance() }.reports
            progress?.finish()
            if let writeBaseline { reports = try BaselineWriter.write(reports, to: writeBaseline, thresholds: options.thresholds) }
            var dnsErrors: [String] = []
            if dns {
                do {
                    let checker = try DomainAuthChecker(server: dnsOptions.server, timeoutSeconds: dnsOptions.timeout)
                    dnsErrors = SendingDomainDNSCheck(checker: checker, extraSelectors: dnsOptions.dkimSelectors)
                        .apply(to: &reports, files: files, options: options)
                } catch {
                    printError("spamlint: \(error)")
                    throw ExitCode(2)
                }
            }

            let colored = output == nil && !noColor && isatty(STDOUT_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            let reporter = Reporters.named(format, colored: colored, quiet: quiet, sourceRoot: FileManager.default.currentDirectoryPath,
                                           rules: rules.map(\.description))!
            let result = LintResult(reports: reports)
            let isText = format == TextReporter.identifier
            var report = reporter.render(result)
            if statistics && isText { report += "\n" + RuleStatistics(result).render() }
            try ReportWriter.write(report, to: output)
            if !isText {
                // Machine-readable output may go to a file or a parser: say on standard error why the run exits 2.
                for failure in result.reports where failure.error != nil {
                    printError("spamlint: \(TerminalSafe.clean(failure.path)): \(TerminalSafe.clean(failure.error ?? ""))")
                }
                if statistics { FileHandle.standardError.write(Data(RuleStatistics(result).render().utf8)) }
            }

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
