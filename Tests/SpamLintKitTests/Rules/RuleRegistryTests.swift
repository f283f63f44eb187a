import Foundation
import Testing
@_spi(CLI) @testable import SpamLintKit

/// Swift has no runtime discovery: this keeps BuiltInRules.all in step with the rule files.
struct RuleRegistryTests {
    @Test func everyRuleFileIsRegistered() throws {
        let folder = TestPaths.packageRoot.appendingPathComponent("Sources/SpamLintKit/Rules/BuiltIn")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix("Rule.swift") }
        let registered = Set(BuiltInRules.all.map { String(describing: type(of: $0)) })
        #expect(files.count == BuiltInRules.all.count)
        for file in files {
            #expect(registered.contains(String(file.dropLast(".swift".count))), "\(file) is not listed in BuiltInRules.all")
        }
    }

    @Test func issueRulesAreAllShipped() {
        let required = [
            "link-shortener", "from-not-sending-domain", "from-display-name-spoof", "reply-to-domain-mismatch",
            "return-path-not-aligned", "dkim-not-aligned", "link-text-url-mismatch", "link-ip-host", "link-userinfo",
            "image-only", "hidden-text", "html-script", "unsubscribe-link-missing", "unsubscribe-header-missing",
            "one-click-unsubscribe-missing", "missing-text-part",
        ]
        let ids = Set(BuiltInRules.all.map(\.description.id))
        for id in required { #expect(ids.contains(id), "\(id) missing") }
    }

    @Test func readmeRuleTableMatchesTheRules() throws {
        let readme = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let table = RuleDocumentation.markdownTable(RuleCatalog.builtIn.map(\.description))
        #expect(readme.contains(table), "README's rule table is out of date: regenerate it with `spamlint rules --format markdown`")
    }

    @Test func builtInListsAreEmbedded() {
        #expect(BuiltInRuleFiles.paths.contains("lists/url-shorteners.txt"))
        #expect(DomainKnowledge.builtIn.shorteners.count > 500)
        #expect(DomainKnowledge.builtIn.freemail.count > 1000)
        #expect(DomainKnowledge.builtIn.clickTrackers.count > 20)
    }
}
