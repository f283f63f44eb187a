import Foundation
import Testing
// Not @testable: the README's example must compile against the public surface alone.
import SpamLintKit

/// The README's "Embedding in a send pipeline" example, verbatim; keep the two the same.
struct SendGate {
    let engine: SpamLintEngine

    /// At start-up: the configuration nearest the templates, as `spamlint templates/` reads it.
    init(templates: String) throws {
        engine = try SpamLintEngine(near: templates)
    }

    /// Before each send: nil when the message may go, else why not.
    func refusal(for message: [UInt8], name: String) -> [String]? {
        let report = engine.lint(bytes: message, name: name)
        guard report.failed else { return nil }
        return report.failureReasons + report.countedFindings.map { "\($0.rule): \($0.message)" }
    }
}

@Suite struct SendGateExampleTests {
    static let messages = TestPaths.samples.appendingPathComponent("messages")

    func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: Self.messages.appendingPathComponent(name)))
    }

    @Test func theREADMEExampleIsTheCompiledOne() throws {
        let readme = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let source = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        let start = try #require(source.range(of: "struct SendGate {"))
        let end = try #require(source.range(of: "\n}\n", range: start.upperBound..<source.endIndex))
        #expect(readme.contains(String(source[start.lowerBound..<end.upperBound])))
    }

    @Test func theGateRefusesRiskyMailAndPassesCleanMail() throws {
        let gate = try SendGate(templates: Self.messages.path)
        #expect(gate.refusal(for: try bytes("clean-multipart.eml"), name: "clean-multipart.eml") == nil)
        let reasons = try #require(gate.refusal(for: try bytes("risky-phish.eml"), name: "risky-phish.eml"))
        #expect(reasons.contains { $0.hasPrefix("link-ip-host: link goes to the IP address 203.0.113.45") })
        #expect(reasons.contains { $0.hasPrefix("from-display-name-spoof: ") })
    }

    @Test func filesAndDirectoriesGiveTheSameReportsAsBytes() async throws {
        let engine = try SpamLintEngine(near: Self.messages.path)
        let path = Self.messages.appendingPathComponent("risky-phish.eml").path
        let fromFile = engine.lint(file: path)
        #expect(fromFile == engine.lint(bytes: try bytes("risky-phish.eml"), name: path))
        #expect(fromFile.score > 20 && fromFile.failed)
        let result = await engine.lint(paths: [Self.messages.path, "/nonexistent/x.eml"])
        // Reports come in input order: the folder's files, then the missing path in its place.
        #expect(result.reports.last?.error == "no such file or directory" && result.reports.last?.path == "/nonexistent/x.eml")
        #expect(result.reports.dropLast().allSatisfy { $0.error == nil } && result.reports.count > 1)
        #expect(result.reports.contains { $0.path.hasSuffix("risky-phish.eml") && $0.findings == fromFile.findings })
        #expect(engine.lint(file: Self.messages.path).error == "is a directory")
    }

    @Test func aBrokenConfigurationIsATypedError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spamlint-engine-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "thresholds:\n  fail-score: [1\n".write(to: folder.appendingPathComponent(".spamlint.yml"), atomically: true, encoding: .utf8)
        do {
            _ = try SpamLintEngine(near: folder.path)
            Issue.record("a broken .spamlint.yml was accepted")
        } catch .configuration(let error) {
            #expect(error.file.hasSuffix(".spamlint.yml"))
            #expect(error.message.hasPrefix("invalid YAML"))
        } catch {
            Issue.record("expected a configuration error, got \(error)")
        }
    }
}
