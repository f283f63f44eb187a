import ArgumentParser
import Foundation
import SpamLintKit

extension SpamLint {
    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lint templates and messages (the default command: `spamlint PATH…`).")

        @Argument(help: "Files, directories (searched recursively) or - for standard input.")
        var paths: [String] = []

        @OptionGroup var sender: SenderOptions

        @Option(help: "Output format: \(Reporters.all.map { $0.identifier }.joined(separator: ", ")).")
        var format: String = "text"

        @Option(help: "Write the report to this file instead of standard output.")
        var output: String?

        @Option(name: .customLong("fail-score"), help: "A file fails when its score reaches this (default 5.0).")
        var failScore: Double?

        @Option(name: .customLong("disable"), help: "Turn a rule off (repeatable).")
        var disabledRules: [String] = []

        @Option(name: .customLong("max-file-size"), help: "Skip files larger than this many bytes, with an error (default 50 MB).")
        var maxFileSize: Int?

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
            guard !paths.isEmpty else { throw ValidationError("Give at least one file or directory to lint (or - for standard input).") }
            guard Reporters.all.contains(where: { $0.identifier == format }) else {
                throw ValidationError("Unknown format '\(format)'; use one of: \(Reporters.all.map { $0.identifier }.joined(separator: ", ")).")
            }
            let known = Set(BuiltInRules.all.map(\.description.id))
            for rule in disabledRules where !known.contains(rule) {
                throw ValidationError("Unknown rule '\(rule)' in --disable; `spamlint rules` lists them.")
            }
            if let maxFileSize, maxFileSize <= 0 { throw ValidationError("--max-file-size must be positive.") }
            if !dns && (dnsOptions.server != nil || !dnsOptions.dkimSelectors.isEmpty) {
                throw ValidationError("--dns-server and --dkim-selector go with --dns.")
            }
        }

        func run() throws {
            let setup = try RunSetup(sender: sender, firstPath: paths.first)
            var options = setup.options
            if let failScore { options.thresholds.failScore = failScore }
            options.disabledRules.formUnion(disabledRules)
            if let maxFileSize { options.maxFileSize = maxFileSize }
            if dmarcStrict { options.dmarcStrict = true }

            let collector = InputCollector(include: setup.configuration?.include ?? [], exclude: setup.configuration?.exclude ?? [],
                                           baseDirectory: setup.configuration?.baseDirectory ?? FileManager.default.currentDirectoryPath)
            let (files, missing) = collector.collect(paths)
            var reports = missing.map { FileReport.failure(path: $0, error: "no such file or directory") }
            LintRunner(linter: Linter(options: options)).run(files) { reports.append($0) }
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
            let reporter = Reporters.named(format, colored: colored, quiet: quiet)!
            let result = LintResult(reports: reports)
            try ReportWriter.write(reporter.render(result), to: output)

            for error in Set(dnsErrors).sorted() { printError("spamlint: DNS could not be asked: \(error)") }
            if result.summary.errors > 0 || !dnsErrors.isEmpty { throw ExitCode(2) }
            if result.summary.failed > 0 { throw ExitCode(1) }
        }
    }
}
