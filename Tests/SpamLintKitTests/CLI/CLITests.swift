import Foundation
import Testing
@_spi(CLI) @testable import SpamLintKit

/// Runs the real `spamlint` executable: exit codes, formats, errors, standard input.
@Suite(.serialized)
struct CLITests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], stdin: String? = nil, in directory: URL = TestPaths.packageRoot) throws -> Run {
        let process = Process()
        process.executableURL = TestPaths.executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let output = Pipe()
        let error = Pipe()
        let input = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("spamlint-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static let cleanTemplate = """
        <html><body><p>Hello, your October statement is ready. Sign in to your account to read it and download a copy for your records.</p>
        <p><a href="https://acme.example/account">View statement</a></p>
        <p><a href="{{ unsubscribe_url }}">Unsubscribe</a></p></body></html>
        """

    static let riskyTemplate = """
        <html><body><p>WIN NOW</p><a href="https://bit.ly/x"><img src="https://bit.ly/y.png"></a>
        <script>alert(1)</script></body></html>
        """

    @Test func cleanFileExitsZero() throws {
        let folder = try Self.temporaryDirectory()
        try Self.cleanTemplate.write(to: folder.appendingPathComponent("clean.html"), atomically: true, encoding: .utf8)
        let run = try Self.run(["clean.html"], in: folder)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("clean.html: score 0.0 (low) ok"))
    }

    @Test func riskyFileExitsOneWithCompilerStyleLines() throws {
        let folder = try Self.temporaryDirectory()
        try Self.riskyTemplate.write(to: folder.appendingPathComponent("risky.html"), atomically: true, encoding: .utf8)
        let run = try Self.run(["lint", "risky.html"], in: folder)
        #expect(run.status == 1)
        #expect(run.stdout.contains("risky.html:1:"))
        #expect(run.stdout.contains("[link-shortener +1.5]"))
        #expect(run.stdout.contains("FAIL"))
        #expect(!run.stdout.contains("\u{1B}["), "no colour when not on a terminal")
    }

    @Test func missingFileIsAnErrorLineAndOtherFilesAreStillLinted() throws {
        let folder = try Self.temporaryDirectory()
        try Self.cleanTemplate.write(to: folder.appendingPathComponent("clean.html"), atomically: true, encoding: .utf8)
        let run = try Self.run(["nope.html", "clean.html"], in: folder)
        #expect(run.status == 2)
        #expect(run.stdout.contains("nope.html: error: no such file or directory"))
        #expect(run.stdout.contains("clean.html: score 0.0"))
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try Self.run(["lint", "--format", "yaml", "x.html"]).status == 2)
        #expect(try Self.run(["lint", "--bogus-flag", "x.html"]).status == 2)
        #expect(try Self.run(["lint"]).status == 2)
        #expect(try Self.run(["explain", "no-such-rule"]).status == 2)
    }

    @Test func jsonContract() throws {
        let folder = try Self.temporaryDirectory()
        try Self.riskyTemplate.write(to: folder.appendingPathComponent("risky.html"), atomically: true, encoding: .utf8)
        let run = try Self.run(["risky.html", "--format", "json"], in: folder)
        #expect(run.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        let tool = object?["tool"] as? [String: Any]
        #expect(tool?["name"] as? String == "spamlint")
        let files = object?["files"] as? [[String: Any]]
        #expect(files?.first?["path"] as? String == "risky.html")
        #expect(files?.first?["kind"] as? String == "template")
        #expect(files?.first?["verdict"] as? String == "high")
        let findings = files?.first?["findings"] as? [[String: Any]] ?? []
        #expect(findings.contains { $0["rule"] as? String == "html-script" })
        let keys = Set(findings.first?.keys.map { $0 } ?? [])
        #expect(keys == ["rule", "category", "severity", "score", "baseScore", "message", "line", "column", "evidence"])
        let summary = object?["summary"] as? [String: Any]
        #expect(summary?["files"] as? Int == 1 && summary?["failed"] as? Int == 1 && summary?["errors"] as? Int == 0)
    }

    @Test func standardInputAndOutputFile() throws {
        let folder = try Self.temporaryDirectory()
        let run = try Self.run(["-", "--output", "report.json", "--format", "json"], stdin: Self.riskyTemplate, in: folder)
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        let report = try String(contentsOf: folder.appendingPathComponent("report.json"), encoding: .utf8)
        #expect(report.contains("\"path\" : \"-\""))
    }

    @Test func configurationErrorNamesTheLine() throws {
        let folder = try Self.temporaryDirectory()
        try "sender:\n  from: a@b.example\n  colour: blue\n".write(to: folder.appendingPathComponent(".spamlint.yml"), atomically: true, encoding: .utf8)
        try Self.cleanTemplate.write(to: folder.appendingPathComponent("clean.html"), atomically: true, encoding: .utf8)
        let run = try Self.run(["clean.html"], in: folder)
        #expect(run.status == 2)
        #expect(run.stderr.contains(".spamlint.yml:3:3: unknown key 'colour'"), "\(run.stderr)")
    }

    @Test func senderFlagsApplyToTemplates() throws {
        let folder = try Self.temporaryDirectory()
        try Self.cleanTemplate.write(to: folder.appendingPathComponent("clean.html"), atomically: true, encoding: .utf8)
        let run = try Self.run(["clean.html", "--from", "news@other.example", "--sending-domain", "acme.example"], in: folder)
        #expect(run.stdout.contains("[from-not-sending-domain +2.0]"))
    }

    @Test func directoriesAreWalkedSortedWithDefaultExtensions() throws {
        let folder = try Self.temporaryDirectory()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("b"), withIntermediateDirectories: true)
        try Self.cleanTemplate.write(to: folder.appendingPathComponent("b/z.hbs"), atomically: true, encoding: .utf8)
        try Self.cleanTemplate.write(to: folder.appendingPathComponent("a.liquid"), atomically: true, encoding: .utf8)
        try "notes".write(to: folder.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let run = try Self.run([".", "--format", "json"], in: folder)
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        let paths = (object?["files"] as? [[String: Any]])?.compactMap { $0["path"] as? String }
        #expect(paths == ["a.liquid", "b/z.hbs"])
    }

    @Test func terminalControlCharactersAreStripped() throws {
        let folder = try Self.temporaryDirectory()
        let hostile = "<html><body><a href=\"https://bit.ly/\u{1B}]0;pwned\u{07}x\">x</a></body></html>"
        try hostile.write(to: folder.appendingPathComponent("h.html"), atomically: true, encoding: .utf8)
        let run = try Self.run(["h.html"], in: folder)
        #expect(!run.stdout.contains("\u{1B}"))
        #expect(!run.stdout.contains("\u{07}"))
    }

    @Test func extractPrintsTheModel() throws {
        let run = try Self.run(["extract", "Samples/messages/clean-multipart.eml"])
        #expect(run.status == 0, "\(run.stderr)")
        let entries = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]]
        let document = entries?.first?["document"] as? [String: Any]
        #expect(document?["kind"] as? String == "message")
        #expect((document?["htmlBodies"] as? [[String: Any]])?.isEmpty == false)
        #expect((document?["from"] as? [[String: Any]])?.first?["organizationalDomain"] as? String == "acme-outfitters.example")
    }

    @Test func rulesAndExplain() throws {
        let rules = try Self.run(["rules"])
        #expect(rules.status == 0)
        #expect(rules.stdout.contains("link-shortener"))
        let explain = try Self.run(["explain", "link-shortener"])
        #expect(explain.status == 0)
        #expect(explain.stdout.contains("Why:") && explain.stdout.contains("triggers:"))
    }
}
