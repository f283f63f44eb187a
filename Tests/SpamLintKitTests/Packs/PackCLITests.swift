import Foundation
import Testing
@_spi(CLI) @testable import SpamLintKit

/// The CLI side of rule packs: `--rules`, `rules test`, `rules`/`explain` output, and the
/// embedded built-in packs of a copied binary.
@Suite(.serialized)
struct PackCLITests {
    static func run(_ arguments: [String], in directory: URL = TestPaths.packageRoot, executable: URL = TestPaths.executable) throws -> CLITests.Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLITests.Run(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
    }

    @Test func rulesTestExitCodes() throws {
        let root = try PackFixtures.folderWithPack()
        let passing = try Self.run(["rules", "test", "packs/fruit.yml"], in: root)
        #expect(passing.status == 0, "\(passing.stdout)\(passing.stderr)")
        #expect(passing.stdout.contains("packs/fruit.yml:18: pass: banana-mention trigger example"), "\(passing.stdout)")
        #expect(passing.stdout.contains("3 examples, 3 passed, 0 failed"))

        try PackFixtures.failingPack.write(to: root.appendingPathComponent("packs/failing.yml"), atomically: true, encoding: .utf8)
        let failing = try Self.run(["rules", "test", "packs/failing.yml"], in: root)
        #expect(failing.status == 1, "\(failing.stdout)\(failing.stderr)")
        #expect(failing.stdout.contains("packs/failing.yml:22: FAIL: banana-mention clean example: flagged: fruit word “banana”"), "\(failing.stdout)")

        try "pack: broken\nrules:\n  - id: x\n    category: nope\n".write(to: root.appendingPathComponent("packs/broken.yml"), atomically: true, encoding: .utf8)
        let broken = try Self.run(["rules", "test", "packs/broken.yml", "packs/fruit.yml"], in: root)
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("packs/broken.yml:3:7: rule is missing key 'category'") || broken.stderr.contains("packs/broken.yml:4:15: unknown category 'nope'"), "\(broken.stderr)")
        #expect(broken.stdout.contains("3 examples, 3 passed"), "the other pack is still tested")
    }

    @Test func builtInPackFilesPassTheirOwnTests() throws {
        let run = try Self.run(["rules", "test", "Rules/packs/spam-phrases.yml", "Rules/packs/link-suspicious-tld.yml"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(!run.stdout.contains("FAIL"))
    }

    @Test func lintWithRulesFlagAndWithConfiguredPacks() throws {
        let root = try PackFixtures.folderWithPack()
        try "<p>We baked banana bread.</p>\n".write(to: root.appendingPathComponent("mail.html"), atomically: true, encoding: .utf8)
        let flagged = try Self.run(["lint", "mail.html", "--rules", "packs/fruit.yml", "--no-color"], in: root)
        #expect(flagged.stdout.contains("mail.html:1:13: warning: fruit word “banana” [banana-mention +1.25]"), "\(flagged.stdout)\(flagged.stderr)")

        let withoutPack = try Self.run(["lint", "mail.html"], in: root)
        #expect(!withoutPack.stdout.contains("banana-mention"))

        try "rules:\n  packs: [packs/fruit.yml]\n".write(to: root.appendingPathComponent(".spamlint.yml"), atomically: true, encoding: .utf8)
        let configured = try Self.run(["lint", "mail.html", "--rules", "packs/fruit.yml"], in: root)
        #expect(configured.stdout.contains("[banana-mention +1.25]"), "same pack from config and flag is loaded once: \(configured.stderr)")
        let disabled = try Self.run(["lint", "mail.html", "--disable", "banana-mention"], in: root)
        #expect(disabled.status == 0 && !disabled.stdout.contains("banana-mention"), "\(disabled.stdout)\(disabled.stderr)")
    }

    @Test func optInPackRulesRunOnlyWhenEnabled() throws {
        let root = try PackFixtures.folderWithPack(PackFixtures.bananaPack.replacingOccurrences(of: "score: 1.25", with: "score: 1.25\n    enabled: false"))
        try "<p>banana</p>".write(to: root.appendingPathComponent("mail.html"), atomically: true, encoding: .utf8)
        try "rules:\n  packs: [packs/fruit.yml]\n".write(to: root.appendingPathComponent(".spamlint.yml"), atomically: true, encoding: .utf8)
        #expect(try !Self.run(["lint", "mail.html"], in: root).stdout.contains("banana-mention"))
        #expect(try Self.run(["rules"], in: root).stdout.contains("banana-mention") == false, "rules lists only built-ins without --rules")
        #expect(try Self.run(["rules", "--rules", "packs/fruit.yml"], in: root).stdout.contains(" opt-in "))
        try "rules:\n  packs: [packs/fruit.yml]\n  enable: [banana-mention]\n".write(to: root.appendingPathComponent(".spamlint.yml"), atomically: true, encoding: .utf8)
        #expect(try Self.run(["lint", "mail.html"], in: root).stdout.contains("[banana-mention +1.25]"))
    }

    @Test func packErrorsExitTwoWithFileLineColumn() throws {
        let root = try PackFixtures.folderWithPack(PackFixtures.bananaPack.replacingOccurrences(of: "phrases: {file: fruit.txt}", with: "regex: 'ban(?=ana)'"))
        try "<p>x</p>".write(to: root.appendingPathComponent("mail.html"), atomically: true, encoding: .utf8)
        let run = try Self.run(["lint", "mail.html", "--rules", "packs/fruit.yml"], in: root)
        #expect(run.status == 2)
        #expect(run.stderr.contains("packs/fruit.yml:14:14: lookahead and lookbehind '(?=' are not supported"), "\(run.stderr)")

        let clash = try PackFixtures.folderWithPack(PackFixtures.bananaPack.replacingOccurrences(of: "id: banana-mention", with: "id: link-shortener"))
        let clashing = try Self.run(["rules", "--rules", "packs/fruit.yml"], in: clash)
        #expect(clashing.status == 2 && clashing.stderr.contains("duplicate rule id 'link-shortener'"), "\(clashing.stderr)")
    }

    @Test func rulesListingShowsEnabledAndPack() throws {
        let text = try Self.run(["rules"])
        #expect(text.status == 0)
        let phrases = try #require(text.stdout.split(separator: "\n").first { $0.hasPrefix("spam-phrases ") })
        #expect(phrases.contains("content") && phrases.contains("0.2 ≤1.0") && phrases.contains(" yes ") && phrases.contains(" spam-phrases "))

        let markdown = try Self.run(["rules", "--format", "markdown"])
        #expect(markdown.stdout == RuleDocumentation.markdownTable(RuleCatalog.builtIn.map(\.description)))

        let json = try Self.run(["rules", "list", "--format", "json"])
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let tld = try #require(entries.first { $0["id"] as? String == "link-suspicious-tld" })
        #expect(tld["pack"] as? String == "link-suspicious-tld" && tld["enabled"] as? Bool == true && tld["maxScore"] as? Double == 2)
        let swiftRule = try #require(entries.first { $0["id"] as? String == "link-shortener" })
        #expect(swiftRule["pack"] is NSNull && swiftRule["maxScore"] is NSNull && swiftRule["enabled"] as? Bool == true)

        let root = try PackFixtures.folderWithPack()
        let user = try Self.run(["rules", "--rules", "packs/fruit.yml"], in: root)
        #expect(user.stdout.contains("banana-mention") && user.stdout.contains(" fruit "))
    }

    @Test func explainPackRuleShowsHowToDisableAndRescore() throws {
        let run = try Self.run(["explain", "spam-phrases"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("pack: spam-phrases"))
        #expect(run.stdout.contains("--disable spam-phrases"))
        #expect(run.stdout.contains("disable: [spam-phrases]"))
        #expect(run.stdout.contains("score: 0.2 per finding, at most 1.0 per file"))
        #expect(run.stdout.contains("spam-phrases: { score: 0.2, max-score: 1.0, severity: info }"))
        let root = try PackFixtures.folderWithPack()
        let user = try Self.run(["explain", "banana-mention", "--rules", "packs/fruit.yml"], in: root)
        #expect(user.status == 0 && user.stdout.contains("Fix: Say apple."))
    }

    /// The README's complete example pack loads and its examples pass, so the documentation stays true.
    @Test func readmeExamplePackPasses() throws {
        let readme = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.range(of: "## Rule packs"))
        let start = try #require(readme.range(of: "```yaml\n", range: section.upperBound..<readme.endIndex))
        let end = try #require(readme.range(of: "```", range: start.upperBound..<readme.endIndex))
        let folder = try PackFixtures.folder()
        try String(readme[start.upperBound..<end.lowerBound]).write(to: folder.appendingPathComponent("our-rules.yml"), atomically: true, encoding: .utf8)
        try "acme.example\npartner.example\n".write(to: folder.appendingPathComponent("partner-domains.txt"), atomically: true, encoding: .utf8)
        let run = try Self.run(["rules", "test", "our-rules.yml"], in: folder)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("5 examples, 5 passed, 0 failed"))
    }

    /// Package managers and pre-commit copy the executable alone: the built-in packs and lists
    /// must come with it, not from the source tree.
    @Test func copiedExecutableKeepsThePackRules() throws {
        let folder = try PackFixtures.folder()
        let copy = folder.appendingPathComponent("spamlint")
        try FileManager.default.copyItem(at: TestPaths.executable, to: copy)
        let rules = try Self.run(["rules"], in: folder, executable: copy)
        #expect(rules.status == 0, "\(rules.stderr)")
        #expect(rules.stdout.contains("spam-phrases") && rules.stdout.contains("link-suspicious-tld"))
        try "<p>Act now: visit <a href=\"https://deals.promo.xyz/\">our deals</a></p>\n".write(
            to: folder.appendingPathComponent("mail.html"), atomically: true, encoding: .utf8)
        let lint = try Self.run(["lint", "mail.html", "--no-color"], in: folder, executable: copy)
        #expect(lint.stdout.contains("[spam-phrases +0.2]") && lint.stdout.contains("[link-suspicious-tld +1.0]"), "\(lint.stdout)\(lint.stderr)")
    }
}
