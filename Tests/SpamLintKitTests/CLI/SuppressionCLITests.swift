import Foundation
import Testing
@_spi(CLI) @testable import SpamLintKit

/// `--write-baseline`, `--baseline`, config `baseline:` and inline suppressions through the real binary.
struct SuppressionCLITests {
    static let risky = """
        <html><body><p><a href="https://bit.ly/x">Deal</a> <a href="http://192.0.2.1/claim">claim</a></p>
        <p><a href="{{ unsubscribe_url }}">Unsubscribe</a></p></body></html>
        """

    static func folderWithRiskyTemplate() throws -> URL {
        let folder = try CLITests.temporaryDirectory()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("emails"), withIntermediateDirectories: true)
        try Self.risky.write(to: folder.appendingPathComponent("emails/risky.html"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func writeBaselineThenBaselineKeepsOldFindingsQuietAndCatchesNewOnes() throws {
        let folder = try Self.folderWithRiskyTemplate()
        #expect(try CLITests.run(["emails"], in: folder).status == 1)

        let write = try CLITests.run(["./emails", "--write-baseline", "baseline.json"], in: folder)
        #expect(write.status == 0, "the run that writes a baseline reports its findings as suppressed: \(write.stdout)\(write.stderr)")
        #expect(write.stderr.contains("wrote baseline.json: ") && write.stderr.contains(" findings in 1 file"), "\(write.stderr)")
        #expect(write.stdout.contains(" suppressed"))
        #expect(!write.stdout.contains("[link-shortener"))
        let json = try String(contentsOf: folder.appendingPathComponent("baseline.json"), encoding: .utf8)
        #expect(json.contains("\"path\" : \"emails/risky.html\""), "paths relative and without ./: \(json)")
        #expect(json.contains("\"evidence\" : \"https://bit.ly/x\""))

        // Lines inserted above the findings: still suppressed.
        try ("<p>New intro line</p>\n\n" + Self.risky).write(to: folder.appendingPathComponent("emails/risky.html"), atomically: true, encoding: .utf8)
        let quiet = try CLITests.run(["emails/risky.html", "--baseline", "baseline.json"], in: folder)
        #expect(quiet.status == 0, "\(quiet.stdout)")
        #expect(!quiet.stdout.contains("bit.ly"), "suppressed findings are not printed as text")

        let jsonRun = try CLITests.run(["emails", "--baseline", "baseline.json", "--format", "json"], in: folder)
        #expect(jsonRun.stdout.contains("\"kind\" : \"baseline\""), "JSON keeps suppressed findings")
        #expect(!jsonRun.stdout.contains("\"suppressed\" : 0"))

        // A new risky link is not in the baseline and fails the gate.
        try (Self.risky + "\n<script>x()</script>").write(to: folder.appendingPathComponent("emails/risky.html"), atomically: true, encoding: .utf8)
        let newFinding = try CLITests.run(["emails", "--baseline", "baseline.json"], in: folder)
        #expect(newFinding.status == 1)
        #expect(newFinding.stdout.contains("[html-script"))
        #expect(!newFinding.stdout.contains("[link-shortener"))
    }

    @Test func missingOrInvalidBaselineExitsTwo() throws {
        let folder = try Self.folderWithRiskyTemplate()
        let missing = try CLITests.run(["emails", "--baseline", "nope.json"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("baseline nope.json: no such file"))
        try "{not json".write(to: folder.appendingPathComponent("bad.json"), atomically: true, encoding: .utf8)
        let invalid = try CLITests.run(["emails", "--baseline", "bad.json"], in: folder)
        #expect(invalid.status == 2)
        #expect(invalid.stderr.contains("baseline bad.json: not a spamlint baseline"))
        #expect(invalid.stdout.isEmpty, "nothing is linted with a broken baseline")
    }

    @Test func configurationBaselineIsRelativeToTheConfigFile() throws {
        let folder = try Self.folderWithRiskyTemplate()
        try "baseline: .spamlint-baseline.json\n".write(to: folder.appendingPathComponent(".spamlint.yml"), atomically: true, encoding: .utf8)
        // Writing works although the configured file does not exist yet.
        let write = try CLITests.run(["emails", "--write-baseline", ".spamlint-baseline.json"], in: folder)
        #expect(write.status == 0, "\(write.stderr)")
        let emails = folder.appendingPathComponent("emails")
        // Run from the repository root: the configured baseline applies.
        #expect(try CLITests.run(["emails"], in: folder).status == 0)
        // The configured file missing is an error, not a silent full run.
        try FileManager.default.removeItem(at: folder.appendingPathComponent(".spamlint-baseline.json"))
        let missing = try CLITests.run(["risky.html"], in: emails)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains(".spamlint-baseline.json: no such file"))
    }

    @Test func inlineSuppressionThroughTheCLI() throws {
        let folder = try CLITests.temporaryDirectory()
        let source = """
            <html><body>
            {# spamlint-disable-next-line link-shortener, link-ip-host -- partner's tracked links #}
            <p><a href="https://bit.ly/x">Deal</a> <a href="http://192.0.2.1/claim">claim</a></p>
            <p><a href="{{ unsubscribe_url }}">Unsubscribe</a></p></body></html>
            """
        try source.write(to: folder.appendingPathComponent("t.html"), atomically: true, encoding: .utf8)
        let text = try CLITests.run(["t.html"], in: folder)
        #expect(text.status == 0, "\(text.stdout)")
        #expect(text.stdout.contains("t.html: score "), "\(text.stdout)")
        #expect(text.stdout.contains(" ok, 2 suppressed"), "\(text.stdout)")
        #expect(!text.stdout.contains("[link-shortener") && !text.stdout.contains("[link-ip-host"))
        let json = try CLITests.run(["t.html", "--format", "json"], in: folder)
        #expect(json.stdout.contains("\"reason\" : \"partner's tracked links\""))
        #expect(json.stdout.contains("\"kind\" : \"inline\""))
    }

    @Test func metaRulesAreListedAndExplained() throws {
        let rules = try CLITests.run(["rules"])
        for id in ["unused-suppression", "invalid-suppression", "suppression-ships"] {
            #expect(rules.stdout.contains(id))
            let explain = try CLITests.run(["explain", id])
            #expect(explain.status == 0 && explain.stdout.contains("triggers:") && explain.stdout.contains("passes:"))
        }
    }
}
