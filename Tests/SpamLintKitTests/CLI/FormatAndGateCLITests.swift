import Foundation
import Testing
@_spi(CLI) @testable import SpamLintKit

/// The real `spamlint` binary: `formats`, machine-readable formats to files, gates and exit codes.
@Suite(.serialized)
struct FormatAndGateCLITests {
    static func folder(clean: Bool = false, risky: Bool = false, warningOnly: Bool = false) throws -> URL {
        let folder = try CLITests.temporaryDirectory()
        if clean { try CLITests.cleanTemplate.write(to: folder.appendingPathComponent("clean.html"), atomically: true, encoding: .utf8) }
        if risky { try CLITests.riskyTemplate.write(to: folder.appendingPathComponent("risky.html"), atomically: true, encoding: .utf8) }
        if warningOnly { try warningOnlyTemplate.write(to: folder.appendingPathComponent("warn.html"), atomically: true, encoding: .utf8) }
        return folder
    }

    /// One link-shortener warning (+1.5), nothing at error severity.
    static let warningOnlyTemplate = CLITests.cleanTemplate.replacingOccurrences(of: "https://acme.example/account", with: "https://bit.ly/acct")

    @Test func formatsAndFormatHelpListEveryFormat() throws {
        let formats = try CLITests.run(["formats"])
        #expect(formats.status == 0)
        let help = try CLITests.run(["lint", "--format", "help"])
        #expect(help.status == 0)
        for reporter in Reporters.all {
            #expect(formats.stdout.contains(reporter.identifier + " ") && formats.stdout.contains(reporter.summary))
            #expect(help.stdout.contains(reporter.summary), "\(help.stdout)\(help.stderr)")
        }
    }

    @Test func sarifToAnOutputFileIsValid() throws {
        let folder = try Self.folder(clean: true, risky: true)
        let run = try CLITests.run([".", "--format", "sarif", "--output", "out/../report.sarif"], in: folder)
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        let sarif = try String(contentsOf: folder.appendingPathComponent("report.sarif"), encoding: .utf8)
        let log = try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any]
        let runs = log?["runs"] as? [[String: Any]]
        let results = runs?.first?["results"] as? [[String: Any]] ?? []
        #expect(!results.isEmpty)
        let uri = ((results.first?["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
            .flatMap { ($0["artifactLocation"] as? [String: Any])?["uri"] as? String }
        #expect(uri == "risky.html")
        let base = (runs?.first?["originalUriBaseIds"] as? [String: [String: Any]])?["%SRCROOT%"]?["uri"] as? String
        #expect(base?.hasPrefix("file:///") == true && base?.hasSuffix("/") == true)
        if SARIFValidator.isAvailable {
            let validation = try SARIFValidator.validate(sarif)
            #expect(validation.status == 0, "\(validation.output)")
        }
    }

    @Test func everyFormatRunsOnTheSameFiles() throws {
        let folder = try Self.folder(clean: true, risky: true)
        for reporter in Reporters.all {
            let run = try CLITests.run([".", "--format", reporter.identifier], in: folder)
            #expect(run.status == 1, "\(reporter.identifier): \(run.stderr)")
            #expect(run.stdout.contains("risky.html"), "\(reporter.identifier)")
        }
    }

    @Test func failOnWarningFailsAWarningOnlyFileAndNeverDoesNot() throws {
        let folder = try Self.folder(warningOnly: true)
        let standard = try CLITests.run(["warn.html"], in: folder)
        #expect(standard.status == 0, "a warning alone passes by default: \(standard.stdout)")
        #expect(standard.stdout.contains("[link-shortener +1.5]"))
        #expect(try CLITests.run(["warn.html", "--fail-on", "warning"], in: folder).status == 1)
        #expect(try CLITests.run(["warn.html", "--fail-on", "info"], in: folder).status == 1)
        #expect(try CLITests.run(["warn.html", "--max-findings", "0"], in: folder).status == 1)
        #expect(try CLITests.run(["warn.html", "--max-findings", "1"], in: folder).status == 0)

        let risky = try Self.folder(risky: true)
        // risky.html has error findings and a high score: fail-on never leaves the score gate.
        #expect(try CLITests.run(["risky.html", "--fail-on", "never"], in: risky).status == 1)
        #expect(try CLITests.run(["risky.html", "--fail-on", "never", "--fail-score", "100"], in: risky).status == 0)
        #expect(try CLITests.run(["risky.html", "--fail-on", "sometimes"], in: risky).status == 2)
        #expect(try CLITests.run(["risky.html", "--max-findings", "-1"], in: risky).status == 2)
    }

    @Test func gateSettingsFromConfiguration() throws {
        let folder = try Self.folder(warningOnly: true)
        try "thresholds:\n  fail-on: warning\n".write(to: folder.appendingPathComponent(".spamlint.yml"), atomically: true, encoding: .utf8)
        #expect(try CLITests.run(["warn.html"], in: folder).status == 1)
        #expect(try CLITests.run(["warn.html", "--fail-on", "error"], in: folder).status == 0, "the flag wins over the file")
    }

    @Test func exitZeroReportsButExitsZeroUnlessAFileCannotBeRead() throws {
        let folder = try Self.folder(risky: true)
        let run = try CLITests.run(["risky.html", "--exit-zero"], in: folder)
        #expect(run.status == 0)
        #expect(run.stdout.contains("FAIL"), "the report still says which files fail")
        let missing = try CLITests.run(["risky.html", "nope.html", "--exit-zero"], in: folder)
        #expect(missing.status == 2)
    }

    @Test func statisticsFollowTextOutputAndGoToStandardErrorForMachineFormats() throws {
        let folder = try Self.folder(risky: true)
        let text = try CLITests.run(["risky.html", "--statistics"], in: folder)
        #expect(text.stdout.contains("count  points  rule"))
        #expect(text.stdout.range(of: "count  points  rule")!.lowerBound > text.stdout.range(of: "1 file linted")!.lowerBound)
        #expect(!text.stderr.contains("count  points"))
        let json = try CLITests.run(["risky.html", "--statistics", "--format", "json"], in: folder)
        #expect(json.stderr.contains("count  points  rule") && json.stderr.contains("link-shortener"))
        #expect(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) is [String: Any], "stdout stays pure JSON")
    }

    @Test func noProgressOrControlCharactersWhenStandardErrorIsNotATerminal() throws {
        let folder = try CLITests.temporaryDirectory()
        for index in 0..<40 {
            try CLITests.cleanTemplate.write(to: folder.appendingPathComponent("f\(index).html"), atomically: true, encoding: .utf8)
        }
        let run = try CLITests.run([".", "--format", "sarif"], in: folder)
        #expect(run.status == 0)
        #expect(!run.stderr.contains("files") && !run.stderr.contains("\r"))
    }

    @Test func unreadableFilesAreNamedOnStandardErrorForMachineFormats() throws {
        let folder = try Self.folder(clean: true)
        let run = try CLITests.run(["clean.html", "nope.html", "--format", "gitlab"], in: folder)
        #expect(run.status == 2)
        #expect(run.stderr.contains("spamlint: nope.html: no such file or directory"))
        #expect(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) is [Any])
    }
}
