import ArgumentParser
import Foundation
@_spi(CLI) import SpamLintKit

extension SpamLint {
    struct Auth: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "auth",
            abstract: "Check a sending domain's SPF, DMARC, DKIM and MX in DNS, or a message's DMARC alignment.",
            discussion: """
                `spamlint auth DOMAIN` asks DNS (the only commands that do are `auth DOMAIN`, `auth --message F --dns` \
                and `lint --dns`). `spamlint auth --message FILE.eml` shows offline which DKIM signature and \
                Return-Path align with From. Exit status: 0 every check passes, 1 a check fails, 2 DNS could not be \
                asked or the input is unusable (the other checks are still reported).
                """)

        @Argument(help: "Domains to check in DNS.")
        var domains: [String] = []

        @Option(name: .customLong("message"), help: "An .eml message: show its DMARC alignment (offline).")
        var message: String?

        @Flag(name: .customLong("dns"), help: "With --message: also check the From domain (and DKIM selectors) in DNS.")
        var dns = false

        @Flag(name: .customLong("dmarc-strict"), help: "Judge alignment in strict mode (identical domains).")
        var dmarcStrict = false

        @OptionGroup var dnsOptions: DNSOptions

        @Option(help: "Output format: text or json.")
        var format: String = "text"

        mutating func validate() throws {
            guard format == "text" || format == "json" else { throw ValidationError("Unknown format '\(format)'; use text or json.") }
            guard !domains.isEmpty || message != nil else { throw ValidationError("Give a domain to check, or --message FILE.eml.") }
            if dns && message == nil { throw ValidationError("--dns goes with --message; a DOMAIN argument is always checked in DNS.") }
        }

        struct Output: Encodable {
            var message: String?
            var alignment: AlignmentAnalysis?
            var dmarcStrict: Bool
            var domains: [DomainAuthReport]
        }

        func run() throws {
            var analysis: AlignmentAnalysis? = nil
            var selectors = dnsOptions.dkimSelectors
            var targets = domains
            if let message {
                let document = try Self.readMessage(message)
                let alignment = AlignmentAnalysis(document)
                analysis = alignment
                if dns, let from = alignment.fromDomain {
                    targets.append(from)
                    selectors += alignment.signatures.filter { $0.domain == from }.compactMap(\.selector)
                }
            }
            var reports: [DomainAuthReport] = []
            if !targets.isEmpty {
                let checker: DomainAuthChecker
                do {
                    checker = try DomainAuthChecker(server: dnsOptions.server, timeoutSeconds: dnsOptions.timeout)
                } catch {
                    printError("spamlint: \(error)")
                    throw ExitCode(2)
                }
                var seen: Set<String> = []
                for domain in targets where seen.insert(domain.lowercased()).inserted {
                    reports.append(checker.check(domain: domain, dkimSelectors: selectors))
                }
            }

            if format == "json" {
                try StandardOutput.line(JSONOutput.string(Output(message: message, alignment: analysis, dmarcStrict: dmarcStrict, domains: reports)))
            } else {
                if let analysis { try StandardOutput.write(AuthTextFormatter.render(analysis, strict: dmarcStrict)) }
                for report in reports { try StandardOutput.write(AuthTextFormatter.render(report)) }
            }
            let dnsErrors = reports.flatMap(\.dnsErrors)
            if !dnsErrors.isEmpty {
                printError("spamlint: DNS could not be asked: \(dnsErrors[0])\(dnsErrors.count > 1 ? " (and \(dnsErrors.count - 1) more)" : "")")
                throw ExitCode(2)
            }
            let alignmentFails = analysis.map { !$0.dkimCanAlign(strict: dmarcStrict) && !$0.spfCanAlign(strict: dmarcStrict) } ?? false
            if alignmentFails || reports.contains(where: \.failed) { throw ExitCode(1) }
        }

        static func readMessage(_ path: String) throws -> EmailDocument {
            // As lint reads a file: no FIFO blocks, no file over the default size limit is read.
            let bytes: [UInt8]
            switch FileLoader.load(InputFile(displayPath: path, openPath: path), maxSize: LintOptions().maxFileSize) {
            case .success(let read): bytes = read
            case .failure(let error):
                printError("spamlint: cannot read \(TerminalSafe.clean(path)): \(error)")
                throw ExitCode(2)
            }
            let document = EmailReader.read(bytes, settings: ReadSettings())
            guard document.kind == .message else {
                printError("spamlint: \(path) is not an RFC 5322 message (no header block)")
                throw ExitCode(2)
            }
            return document
        }
    }
}
