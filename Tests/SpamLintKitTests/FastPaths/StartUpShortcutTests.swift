import Foundation
import Testing
import Yams
@_spi(CLI) @testable import SpamLintKit

/// The start-up shortcuts give the answers of the code they replaced.
@Suite struct StartUpShortcutTests {
    /// `asSuppressionAudit` replaced an `as? any SuppressionAuditRule` cast per rule.
    @Test func suppressionAuditRoleIsThatOfTheCast() throws {
        let pack = try RulePackLoader.parse(PackFixtures.bananaPack, file: "inline.yml") { _ in "banana\n" }
        let rules = BuiltInRules.all + BuiltInPacks.rules.map { $0 as any Rule } + pack.rules.map { $0 as any Rule }
        var audits: [String] = []
        for rule in rules {
            let cast = rule as? any SuppressionAuditRule
            #expect((rule.asSuppressionAudit != nil) == (cast != nil), "\(rule.description.id)")
            if rule.asSuppressionAudit != nil { audits.append(rule.description.id) }
        }
        #expect(audits == ["unused-suppression"])
    }

    /// Everything of a node a reader can see without asking for its resolved tag.
    private static func shape(_ node: Node) -> String {
        let mark = "@\(node.mark?.line ?? -1):\(node.mark?.column ?? -1)"
        switch node {
        case .scalar(let scalar):
            return "s(\(scalar.string.debugDescription) \(scalar.style) \(mark))"
        case .mapping(let mapping):
            return "m(" + mapping.map { "\(shape($0.key))=\(shape($0.value))" }.joined(separator: ",") + " \(mark))"
        case .sequence(let sequence):
            return "l(" + sequence.map(shape).joined(separator: ",") + " \(mark))"
        case .alias:
            return "a(\(mark))"
        }
    }

    /// `YAMLComposer` composes without Yams' default resolver; only the tags may differ.
    @Test func composerYieldsTheTreeOfYamsDefaultComposeButForTags() throws {
        var documents = BuiltInRuleFiles.paths.filter { $0.hasSuffix(".yml") }.compactMap(BuiltInRuleFiles.text)
        documents.append(PackFixtures.bananaPack)
        documents.append("""
            fail-score: 7.5
            fail-on: warning
            max-findings: 0x10
            flags: [true, no, ~, null, '', "1e3", -0, .inf, 2026-11-29]
            base: &base {score: 1.0, severity: info}
            override:
              <<: *base
              score: 2
            empty:
            ? [complex, key]
            : value
            block: |
              line one
              line two
            """)
        #expect(documents.count >= 4)
        for text in documents {
            let expected = try Yams.compose(yaml: text).map(Self.shape)
            let composed = try YAMLComposer.compose(text).map(Self.shape)
            #expect(composed == expected, "\(text.prefix(60).debugDescription)")
        }
    }
}
