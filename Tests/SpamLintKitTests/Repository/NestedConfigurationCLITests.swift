import Foundation
import Testing

/// Each file uses the configuration chain of its own folder (issue 15, item 2), tested on
/// throwaway repositories with nested `.spamlint.yml` files.
@Suite struct NestedConfigurationCLITests {
    /// brand-a disables link-shortener; brand-b has no configuration of its own; the root one raises the score.
    static func brands() throws -> ThrowawayRepository {
        let repository = try ThrowawayRepository(git: false)
        try repository.write("rules:\n  overrides:\n    link-shortener: { score: 3.0 }\n", ".spamlint.yml")
        try repository.write("rules:\n  disable: [link-shortener]\n", "brand-a/.spamlint.yml")
        try repository.write(ThrowawayRepository.shortenerTemplate, "brand-a/a.html")
        try repository.write(ThrowawayRepository.shortenerTemplate, "brand-b/b.html")
        // A marker for the repository root, so the chain stops here and not in the temporary folder.
        try FileManager.default.createDirectory(at: repository.root.appendingPathComponent(".git"), withIntermediateDirectories: true)
        return repository
    }

    @Test func orderAndBatchingNeverChangeAFilesResult() throws {
        let repository = try Self.brands()
        defer { repository.remove() }
        let forward = try repository.spamlint(["brand-a/a.html", "brand-b/b.html", "--format", "json"])
        let reversed = try repository.spamlint(["brand-b/b.html", "brand-a/a.html", "--format", "json"])
        let aliceAlone = try repository.spamlint(["brand-a/a.html", "--format", "json"])
        let bobAlone = try repository.spamlint(["brand-b/b.html", "--format", "json"])
        for run in [forward, reversed, aliceAlone, bobAlone] { #expect(run.status == 0, "\(run.stderr)") }
        func score(_ run: ThrowawayRepository.Run, _ path: String) throws -> Double? {
            let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
            let files = object?["files"] as? [[String: Any]] ?? []
            return files.first { $0["path"] as? String == path }?["score"] as? Double
        }
        // brand-a: its own file disables the rule; brand-b: the root file's score of 3.0 applies.
        for run in [forward, reversed, aliceAlone] { #expect(try score(run, "brand-a/a.html") == 0) }
        for run in [forward, reversed, bobAlone] { #expect(try score(run, "brand-b/b.html") == 3.0) }
        // A folder walk from the root gives the same.
        let walk = try repository.spamlint([".", "--format", "json"])
        #expect(try score(walk, "brand-a/a.html") == 0 && score(walk, "brand-b/b.html") == 3.0, "\(walk.stdout)")
    }

    @Test func rootTrueStopsTheChain() throws {
        let repository = try Self.brands()
        defer { repository.remove() }
        try repository.write("root: true\nthresholds:\n  fail-score: 9\n", "brand-b/.spamlint.yml")
        let run = try repository.spamlint(["brand-b/b.html"])
        // The root file's score override (3.0) is not read above a root: true file: the default 1.5 applies.
        #expect(run.stdout.contains("[link-shortener +1.5]"), "\(run.stdout)")
        let printed = try repository.spamlint(["config", "--print", "brand-b/b.html"])
        #expect(printed.stdout.contains("# configuration files: brand-b/.spamlint.yml\n"), "\(printed.stdout)")
        #expect(printed.stdout.contains("thresholds.fail-score: 9.0"), "\(printed.stdout)")
        #expect(!printed.stdout.contains("rules.link-shortener.override"), "\(printed.stdout)")
    }

    @Test func overridesSetPurposeThresholdsAndRulesPerPath() throws {
        let repository = try ThrowawayRepository(git: true)
        defer { repository.remove() }
        try repository.write("""
            purpose: marketing
            overrides:
              - files: ["transactional/**"]
                purpose: transactional
                thresholds: { fail-score: 1.0 }
              - files: ["partials/**"]
                rules: { disable: [link-shortener] }
            """, ".spamlint.yml")
        // No unsubscribe link: a marketing file is flagged for it, a transactional one is exempt.
        let receipt = """
            <html><body><p>Thanks for your order. Your receipt for order 1042 is attached; we ship it tomorrow.</p>
            <p><a href="https://bit.ly/track">Track the parcel</a></p></body></html>
            """
        try repository.write(receipt, "transactional/receipt.html")
        try repository.write(receipt, "marketing/receipt.html")
        try repository.write(receipt, "partials/receipt.html")
        let run = try repository.spamlint(["."])
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("marketing/receipt.html:") && $0.contains("[unsubscribe-link-missing") }, "\(run.stdout)")
        #expect(!lines.contains { $0.hasPrefix("transactional/receipt.html:") && $0.contains("unsubscribe") }, "\(run.stdout)")
        // fail-score 1.0 for transactional/ only: the shortener's 1.5 fails it there.
        #expect(lines.contains { $0.hasPrefix("transactional/receipt.html: score 1.5") && $0.hasSuffix("FAIL") }, "\(run.stdout)")
        #expect(!lines.contains { $0.hasPrefix("partials/receipt.html:") && $0.contains("link-shortener") }, "\(run.stdout)")
        #expect(run.status == 1)

        let printed = try repository.spamlint(["config", "--print", "transactional/receipt.html"])
        #expect(printed.status == 0, "\(printed.stderr)")
        #expect(printed.stdout.contains("purpose: transactional"), "\(printed.stdout)")
        #expect(printed.stdout.contains("# .spamlint.yml:4:14 (overrides[0] files: transactional/**)"), "\(printed.stdout)")
        #expect(printed.stdout.contains("thresholds.fail-score: 1.0"), "\(printed.stdout)")
        #expect(printed.stdout.contains("thresholds.elevated: 2.0") && printed.stdout.contains("# default"), "\(printed.stdout)")
        let flagged = try repository.spamlint(["config", "--print", "marketing/x.html", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(flagged.stdout.utf8)) as? [String: Any]
        let settings = object?["settings"] as? [[String: Any]] ?? []
        #expect(settings.first { $0["key"] as? String == "purpose" }?["origin"] as? String == ".spamlint.yml:1:10", "\(flagged.stdout)")
        #expect(object?["configurationFiles"] as? [String] == [".spamlint.yml"])
    }

    @Test func commandLineFlagsWinOverEveryConfiguration() throws {
        let repository = try Self.brands()
        defer { repository.remove() }
        let run = try repository.spamlint(["config", "--print", "brand-b/b.html", "--from", "news@acme.example"])
        #expect(run.stdout.contains("sender.from: news@acme.example") && run.stdout.contains("# command line"), "\(run.stdout)")
        let lint = try repository.spamlint(["brand-b/b.html", "--fail-score", "2"])
        #expect(lint.status == 1 && lint.stdout.contains("brand-b/b.html: score 3.0 (elevated) FAIL"), "\(lint.stdout)")
    }

    @Test func everyConfigurationErrorIsReportedAtOnceWithSuggestions() throws {
        let repository = try Self.brands()
        defer { repository.remove() }
        try repository.write("""
            rules:
              disable: [link-shortner]
            thresholds:
              fail-scor: 4
              fail-on: warn
            purpos: marketing
            overrides:
              - purpose: transactional
            """, "brand-a/.spamlint.yml")
        try repository.write("sender:\n  form: x@example.com\n", "brand-b/.spamlint.yml")
        let run = try repository.spamlint(["brand-a/a.html", "brand-b/b.html"])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty, "nothing is linted with a broken configuration: \(run.stdout)")
        let expected = [
            "brand-a/.spamlint.yml:2:13: unknown rule id 'link-shortner' (did you mean 'link-shortener'?)",
            "brand-a/.spamlint.yml:4:3: unknown key 'fail-scor' (did you mean 'fail-score'?)",
            "brand-a/.spamlint.yml:5:12: fail-on must be error, warning, info or never, not 'warn' (did you mean 'warning'?)",
            "brand-a/.spamlint.yml:6:1: unknown key 'purpos' (did you mean 'purpose'?)",
            "brand-a/.spamlint.yml:8:5: overrides[0] needs files: [globs]",
            "spamlint: configuration error: brand-a/.spamlint.yml:6:1:",
            "brand-b/.spamlint.yml:2:3: unknown key 'form' (did you mean 'from'?)",
        ]
        for line in expected { #expect(run.stderr.contains(line), "missing \(line) in\n\(run.stderr)") }
    }

    @Test func aRuleOfAPackLoadedAboveMayBeConfiguredBelow() throws {
        let repository = try Self.brands()
        defer { repository.remove() }
        try repository.write(PackFixtures.bananaPack, "packs/fruit.yml")
        try repository.write("banana\nbananas\n", "packs/fruit.txt")
        try repository.write("rules:\n  packs: [packs/fruit.yml]\n", ".spamlint.yml")
        try repository.write("rules:\n  disable: [banana-mention]\n", "brand-a/.spamlint.yml")
        try repository.write("<p>Fresh bananas for everyone who reads this whole paragraph today</p>", "brand-a/a.html")
        try repository.write("<p>Fresh bananas for everyone who reads this whole paragraph today</p>", "brand-b/b.html")
        let run = try repository.spamlint(["brand-a/a.html", "brand-b/b.html"])
        #expect(run.status != 2, "\(run.stderr)")
        #expect(run.stdout.contains("brand-b/b.html:1:") && run.stdout.contains("[banana-mention"), "\(run.stdout)")
        #expect(!run.stdout.split(separator: "\n").contains { $0.hasPrefix("brand-a/a.html:1:") && $0.contains("[banana-mention") }, "\(run.stdout)")
    }
}
