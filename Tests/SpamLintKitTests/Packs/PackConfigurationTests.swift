import Foundation
import Testing
@_spi(CLI) @testable import SpamLintKit

/// `rules.packs` in `.spamlint.yml`: paths relative to the file, pack ids usable in disable/overrides.
struct PackConfigurationTests {
    @Test func packsAreLoadedRelativeToTheConfigurationFile() throws {
        let root = try PackFixtures.folderWithPack()
        let configPath = root.appendingPathComponent(".spamlint.yml").path
        try "rules:\n  overrides:\n    banana-mention: { score: 2 }\n  packs: [packs/fruit.yml]\n".write(toFile: configPath, atomically: true, encoding: .utf8)
        let configuration = try ConfigurationLoader.load(path: configPath)
        #expect(configuration.rulePacks.map(\.name) == ["fruit"])
        #expect(configuration.overrides["banana-mention"] == RuleOverride(score: 2))

        var options = LintOptions()
        configuration.apply(to: &options)
        let linter = Linter(rules: RuleCatalog.rules(adding: configuration.rulePacks), options: options)
        let report = linter.report(path: "t.html", bytes: Array("<p>Bananas!</p>".utf8))
        let finding = try #require(report.findings.first { $0.rule == "banana-mention" })
        #expect(finding.score == 2 && finding.message == "fruit word “Bananas”")
    }

    @Test func packErrorsInsideAConfigurationNameThePackFile() throws {
        let root = try PackFixtures.folderWithPack(PackFixtures.bananaPack.replacingOccurrences(of: "severity: warning", with: "severity: loud"))
        let configPath = root.appendingPathComponent(".spamlint.yml").path
        try "rules:\n  packs: [packs/fruit.yml]\n".write(toFile: configPath, atomically: true, encoding: .utf8)
        do {
            _ = try ConfigurationLoader.load(path: configPath)
            Issue.record("expected an error")
        } catch let error as ConfigurationError {
            #expect(error.file.hasSuffix("packs/fruit.yml") && error.line == 6 && error.column == 15, "\(error)")
        }
        try "rules:\n  packs: [packs/missing.yml]\n".write(toFile: configPath, atomically: true, encoding: .utf8)
        #expect(throws: ConfigurationError.self) { try ConfigurationLoader.load(path: configPath) }
    }

    @Test func builtInPackRulesCanBeDisabledAndUserPacksMayNotReuseIDs() throws {
        let configuration = try ConfigurationLoader.parse("rules:\n  disable: [spam-phrases, link-suspicious-tld]\n", file: ".spamlint.yml")
        #expect(configuration.disabledRules == ["spam-phrases", "link-suspicious-tld"])

        let root = try PackFixtures.folderWithPack(PackFixtures.bananaPack.replacingOccurrences(of: "id: banana-mention", with: "id: spam-phrases"))
        #expect(throws: RulePackError.self) { try RuleCatalog.loadUserPacks([root.appendingPathComponent("packs/fruit.yml").path]) }
    }

    @Test func aPackGivenTwiceIsReadOnceAndTwoPacksMayNotShareAnID() throws {
        let root = try PackFixtures.folderWithPack()
        let path = root.appendingPathComponent("packs/fruit.yml").path
        let packs = try RuleCatalog.loadUserPacks([path, root.appendingPathComponent("packs/../packs/fruit.yml").path])
        #expect(packs.count == 1)
        let copy = root.appendingPathComponent("packs/copy.yml").path
        try PackFixtures.bananaPack.replacingOccurrences(of: "pack: fruit", with: "pack: fruit-copy").write(toFile: copy, atomically: true, encoding: .utf8)
        do {
            _ = try RuleCatalog.loadUserPacks([path, copy])
            Issue.record("expected a duplicate-id error")
        } catch let error as RulePackError {
            #expect(error.file == copy && error.message.contains("duplicate rule id 'banana-mention'") && error.message.contains("fruit"), "\(error)")
        }
    }

    @Test func oversizedConfigurationIsRefusedBeforeReading() throws {
        let root = try PackFixtures.folder()
        let path = root.appendingPathComponent(".spamlint.yml").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 1 << 30)
        try handle.close()
        do {
            _ = try ConfigurationLoader.load(path: path)
            Issue.record("expected an error")
        } catch let error as ConfigurationError {
            #expect(error.message.contains("over the limit of \(ConfigurationLoader.maxFileSize) bytes"))
        }
    }

    @Test func builtInPacksLoadAndAreInTheCatalogue() throws {
        let packs = try BuiltInPacks.loaded.get()
        #expect(Set(packs.map(\.name)).isSuperset(of: ["spam-phrases", "link-suspicious-tld"]))
        let ids = RuleCatalog.builtIn.map(\.description.id)
        #expect(ids == ids.sorted() && ids.contains("spam-phrases") && ids.contains("link-suspicious-tld"))
        let phrases = try #require(RuleCatalog.builtIn.first { $0.description.id == "spam-phrases" })
        #expect(phrases.description.pack == "spam-phrases" && phrases.description.maxScore == 1.0)
        #expect(BuiltInPacks.normalized(folder: "packs", "../lists/x.txt") == "lists/x.txt")
        #expect(BuiltInPacks.normalized(folder: "packs", "../../etc/passwd") == nil)
    }
}
