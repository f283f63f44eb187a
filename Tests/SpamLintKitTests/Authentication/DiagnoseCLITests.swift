import Foundation
import Testing
@_spi(CLI) @testable import SpamLintKit

/// `spamlint diagnose` and the offline `spamlint auth --message` through the executable.
@Suite(.serialized)
struct DiagnoseCLITests {
    static let received = """
        Received: from mail.esp.example (mail.esp.example. [203.0.113.7]) by mx.receiver.example with ESMTPS id 1
        Authentication-Results: mx.receiver.example; spf=pass smtp.mailfrom=bounce@esp.example;
          dkim=pass header.d=esp.example; dmarc=fail (p=reject dis=quarantine) header.from=acme.example
        X-Spam-Status: Yes, score=6.1 required=5.0 tests=BAYES_80,HTML_IMAGE_ONLY_12 autolearn=no
        Return-Path: <bounce@esp.example>
        DKIM-Signature: v=1; a=rsa-sha256; d=esp.example; s=e1; h=from:subject; b=x
        From: Acme <news@acme.example>
        To: you@example.org
        Subject: News

        Read it at https://bit.ly/x

        """

    static func write(_ text: String) throws -> (URL, URL) {
        let directory = try CLITests.temporaryDirectory()
        let file = directory.appendingPathComponent("received.eml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return (directory, file)
    }

    @Test func diagnoseTextAndJSON() throws {
        let (directory, file) = try Self.write(Self.received)
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = try CLITests.run(["diagnose", file.path])
        #expect(text.status == 1)
        #expect(text.stdout.hasPrefix("Verdict: spam folder"))
        #expect(text.stdout.contains("allowlist the sending IP addresses: 203.0.113.7"))
        #expect(text.stdout.contains("add news@acme.example to contacts"))
        #expect(text.stdout.contains("[link-shortener"))

        let json = try CLITests.run(["diagnose", file.path, "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let diagnosis = object?["diagnosis"] as? [String: Any]
        #expect(diagnosis?["verdict"] as? String == "spam-folder")
        #expect((diagnosis?["contentFindings"] as? [[String: Any]])?.contains { $0["rule"] as? String == "link-shortener" } == true)
    }

    @Test func diagnoseRejectsWhatIsNotAMessage() throws {
        let run = try CLITests.run(["diagnose", "/nonexistent/received.eml"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("cannot read"))
    }

    @Test func authMessageShowsAlignmentOffline() throws {
        let (directory, file) = try Self.write(Self.received)
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try CLITests.run(["auth", "--message", file.path])
        #expect(run.status == 1)
        #expect(run.stdout.contains("DKIM: d=esp.example s=e1 a=rsa-sha256 — relaxed not aligned"))
        #expect(run.stdout.contains("DMARC (relaxed): DKIM cannot align, SPF cannot align"))
        let json = try CLITests.run(["auth", "--message", file.path, "--format", "json", "--dmarc-strict"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let alignment = object?["alignment"] as? [String: Any]
        #expect(alignment?["fromDomain"] as? String == "acme.example")
        #expect(object?["dmarcStrict"] as? Bool == true)
    }

    @Test func lintDMARCStrictFlag() throws {
        let message = """
            Return-Path: <b@bounces.acme.example>
            DKIM-Signature: v=1; a=rsa-sha256; d=acme.example; s=s1; h=from:subject; b=x
            From: Acme <news@mail.acme.example>
            Subject: Hi

            Hello
            """
        let relaxed = try CLITests.run(["lint", "-", "--format", "json"], stdin: message)
        let strict = try CLITests.run(["lint", "-", "--format", "json", "--dmarc-strict"], stdin: message)
        #expect(!relaxed.stdout.contains("dkim-not-aligned"))
        #expect(strict.stdout.contains("dkim-not-aligned"))
        #expect(strict.stdout.contains("return-path-not-aligned"))
    }
}
