import Foundation
import Testing
@_spi(CLI) @testable import SpamLintKit

/// `spamlint auth` and `lint --dns` end to end, against dnsmasq.
@Suite(.serialized, .enabled(if: DNSTestServer.shouldRun, "dnsmasq not installed: DNS tests skipped (set SPAMLINT_REQUIRE_DNS=1 to make this a failure)"))
struct AuthCLITests {
    static func message(from: String, dkimDomain: String, selector: String) -> String {
        """
        Return-Path: <bounce@\(dkimDomain)>
        DKIM-Signature: v=1; a=rsa-sha256; d=\(dkimDomain); s=\(selector); h=from:subject:list-unsubscribe:list-unsubscribe-post; b=abc
        From: News <news@\(from)>
        To: someone@example.org
        Subject: Our October news
        List-Unsubscribe: <https://\(from)/unsubscribe?u=1>
        List-Unsubscribe-Post: List-Unsubscribe=One-Click
        MIME-Version: 1.0
        Content-Type: text/plain; charset=utf-8

        Hello, here is what changed in October. Read more at https://\(from)/news.

        """
    }

    /// The rule ids of the findings of the file whose path ends with a suffix, read from a JSON lint report.
    static func findingRules(inJSONReport stdout: String) throws -> (String) -> [String] {
        let json = try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any]
        let files = json?["files"] as? [[String: Any]] ?? []
        return { suffix in
            let file = files.first { ($0["path"] as? String)?.hasSuffix(suffix) == true }
            return (file?["findings"] as? [[String: Any]])?.compactMap { $0["rule"] as? String } ?? []
        }
    }

    @Test func authExitsZeroForAGoodDomainAndOneForABrokenOne() throws {
        let server = try DNSTestServer(records: DNSZone.records)
        defer { server.stop() }
        let good = try CLITests.run(["auth", "good.example", "--dkim-selector", "s1", "--dns-server", server.address])
        #expect(good.status == 0, "\(good.stdout)\(good.stderr)")
        #expect(good.stdout.contains("rsa 2048 bits"))

        let broken = try CLITests.run(["auth", "broken.example", "--dkim-selector", "s1", "--dns-server", server.address, "--format", "json"])
        #expect(broken.status == 1)
        let json = try JSONSerialization.jsonObject(with: Data(broken.stdout.utf8)) as? [String: Any]
        let domains = json?["domains"] as? [[String: Any]]
        let rules = (domains?.first?["findings"] as? [[String: Any]])?.compactMap { $0["rule"] as? String } ?? []
        #expect(Set(rules).isSuperset(of: ["spf-multiple", "spf-permissive-all", "dmarc-missing", "dkim-key-revoked"]))
    }

    @Test func unreachableDNSExitsTwoWithAClearError() throws {
        let server = try DNSTestServer(records: [])
        let address = server.address
        server.stop()
        let run = try CLITests.run(["auth", "good.example", "--dns-server", address, "--dns-timeout", "1"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("DNS could not be asked"))
        #expect(run.stderr.contains(address))
    }

    @Test func lintDNSChecksEachSendingDomainOnceAndAddsFindings() throws {
        let server = try DNSTestServer(records: DNSZone.records)
        defer { server.stop() }
        let directory = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.message(from: "broken.example", dkimDomain: "broken.example", selector: "s1")
            .write(to: directory.appendingPathComponent("a.eml"), atomically: true, encoding: .utf8)
        try Self.message(from: "broken.example", dkimDomain: "broken.example", selector: "s1")
            .write(to: directory.appendingPathComponent("b.eml"), atomically: true, encoding: .utf8)
        try Self.message(from: "good.example", dkimDomain: "good.example", selector: "s1")
            .write(to: directory.appendingPathComponent("c.eml"), atomically: true, encoding: .utf8)

        // Without --dns nothing asks DNS, even with a DKIM-Signature to look up.
        let offline = try CLITests.run(["lint", directory.path, "--format", "json"])
        #expect(!offline.stdout.contains("spf-permissive-all"))
        #expect(server.questionsAsked == 0)

        let run = try CLITests.run(["lint", directory.path, "--dns", "--dns-server", server.address, "--format", "json"])
        #expect(run.status == 1, "\(run.stderr)")
        let rules = try Self.findingRules(inJSONReport: run.stdout)
        #expect(rules("a.eml").contains("spf-permissive-all"))
        #expect(rules("a.eml").contains("dkim-key-revoked"))
        #expect(rules("b.eml").contains("spf-permissive-all"))
        #expect(!rules("c.eml").contains { DNSCheckCatalog.description(for: $0) != nil })
        // Two files from broken.example, one set of questions.
        #expect(server.queries("query[MX] broken.example") == 1)
        #expect(server.queries("query[TXT] s1._domainkey.broken.example") == 1)

        // The DNS findings (errors among them) are gated like the others: --fail-on never and a
        // high fail score pass every file.
        let lenient = try CLITests.run(["lint", directory.path, "--dns", "--dns-server", server.address, "--format", "json",
                                        "--fail-on", "never", "--fail-score", "100"])
        #expect(lenient.status == 0, "\(lenient.stdout)")
        #expect(lenient.stdout.contains("dkim-key-revoked"))
    }

    /// Each file is checked with the sender of its own nearest `.spamlint.yml`, whatever the order of the paths.
    @Test func lintDNSUsesEachFilesOwnSender() throws {
        let server = try DNSTestServer(records: DNSZone.records)
        defer { server.stop() }
        let directory = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for (brand, domain) in [("brand-a", "broken.example"), ("brand-b", "good.example")] {
            let folder = directory.appendingPathComponent(brand)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try "root: true\nsender:\n  from: news@\(domain)\n".write(to: folder.appendingPathComponent(".spamlint.yml"), atomically: true, encoding: .utf8)
            try "<p>Hello from \(brand). <a href=\"https://\(domain)/u\">Unsubscribe</a></p>\n"
                .write(to: folder.appendingPathComponent("news.html"), atomically: true, encoding: .utf8)
        }
        let a = directory.appendingPathComponent("brand-a/news.html").path, b = directory.appendingPathComponent("brand-b/news.html").path
        for paths in [[a, b], [b, a]] {
            let run = try CLITests.run(["lint"] + paths + ["--dns", "--dns-server", server.address, "--format", "json", "--exit-zero"])
            #expect(run.status == 0, "\(run.stderr)")
            let rules = try Self.findingRules(inJSONReport: run.stdout)
            #expect(rules("brand-a/news.html").contains("spf-permissive-all"), "\(paths)")
            #expect(!rules("brand-b/news.html").contains { DNSCheckCatalog.description(for: $0) != nil }, "\(paths)")
        }
    }

    @Test func dnsCheckIdsAreUniqueAndApartFromRuleIds() throws {
        let ids = DNSCheckCatalog.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(Set(ids).isDisjoint(with: RuleCatalog.builtIn.map(\.description.id)))
        let listing = try CLITests.run(["rules", "--dns-checks"])
        // A header line, then one line per check.
        #expect(listing.stdout.split(separator: "\n").count == ids.count + 1)
        let misuse = try CLITests.run(["lint", "-", "--dns-server", "127.0.0.1"], stdin: "From: a@b.example\n\nx\n")
        #expect(misuse.status == 2)
    }

    @Test func explainKnowsDNSCheckIds() throws {
        for id in ["spf-too-many-lookups", "dmarc-policy-none", "dkim-key-weak", "mx-missing"] {
            let run = try CLITests.run(["explain", id])
            #expect(run.status == 0)
            #expect(run.stdout.hasPrefix("\(id): "))
        }
    }
}
