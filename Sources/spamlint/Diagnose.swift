import ArgumentParser
import Foundation
@_spi(CLI) import SpamLintKit

extension SpamLint {
    struct Diagnose: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "diagnose",
            abstract: "Explain why a received message went to spam or quarantine, from the headers the receiver added.",
            discussion: """
                Give the message as downloaded from the recipient's mailbox (with all headers). Reads \
                Authentication-Results (only the receiving server's: --trusted-authserv-id, else the top-most), ARC, \
                Microsoft X-Forefront-Antispam-Report / X-MS-Exchange-Organization-SCL / X-Microsoft-Antispam, \
                SpamAssassin X-Spam-Status / X-Spam-Report and rspamd X-Spamd-Result / X-Rspamd-Action. Offline. \
                Exit status: 0 when the verdict is inbox or unknown, 1 spam folder or quarantine, 2 unreadable input.
                """)

        @Argument(help: "The received message (.eml).")
        var message: String

        @Option(name: .customLong("trusted-authserv-id"), help: "Trust Authentication-Results of this server only (e.g. mx.google.com).")
        var trustedAuthservID: String?

        @OptionGroup var sender: SenderOptions

        @Option(help: "Output format: text or json.")
        var format: String = "text"

        mutating func validate() throws {
            guard format == "text" || format == "json" else { throw ValidationError("Unknown format '\(format)'; use text or json.") }
        }

        struct Output: Encodable {
            var path: String
            var diagnosis: Diagnosis
        }

        func run() throws {
            let setup = try LintSetup(sender: sender, firstPath: message)
            let document = try Auth.readMessage(message)
            let diagnosis = Diagnoser(linter: Linter(options: setup.options), trustedAuthservID: trustedAuthservID).diagnose(document)
            if format == "json" {
                try StandardOutput.line(JSONOutput.string(Output(path: message, diagnosis: diagnosis)))
            } else {
                try StandardOutput.write(DiagnosisTextFormatter.render(diagnosis, path: message))
            }
            if diagnosis.verdict == .spamFolder || diagnosis.verdict == .quarantine { throw ExitCode(1) }
        }
    }
}
