import Foundation
import Testing
@_spi(CLI) @testable import SpamLintKit

/// Malformed packs are refused with the file, line and column of the offending node.
struct RulePackLoaderTests {
    static func pack(rule: String, header: String = "pack: test-pack\nrules:\n") -> String {
        header + rule
    }

    /// A valid rule; tests replace one line of it.
    static let validRule = """
          - id: my-rule
            name: My rule
            category: content
            severity: warning
            score: 1.0
            summary: Flags the word banana.
            rationale: Testing.
            fix: Remove it.
            match:
              target: body-text
              phrases: [banana]
            examples:
              trigger: ['<p>a banana</p>']
              clean: ['<p>an apple</p>']

        """

    static func error(_ text: String, reserved: [String: String] = [:], lists: [String: String] = [:]) -> RulePackError? {
        do {
            _ = try RulePackLoader.parse(text, file: "packs/test.yml", reservedIDs: reserved) { lists[$0] }
            return nil
        } catch let error as RulePackError {
            return error
        } catch {
            Issue.record("unexpected error type \(error)")
            return nil
        }
    }

    static func replacing(_ old: String, with new: String) -> String {
        pack(rule: validRule.replacingOccurrences(of: old, with: new))
    }

    @Test func validPackLoads() throws {
        let pack = try RulePackLoader.parse(Self.pack(rule: Self.validRule), file: "packs/test.yml") { _ in nil }
        #expect(pack.name == "test-pack")
        #expect(pack.rules.map(\.description.id) == ["my-rule"])
        let description = try #require(pack.rules.first?.description)
        #expect(description.pack == "test-pack" && description.isEnabledByDefault && description.maxScore == nil)
        #expect(description.triggeringExamples.first?.line == 15 && description.triggeringExamples.first?.file == "packs/test.yml")
    }

    @Test func unknownKeyIsReportedAtItsLine() throws {
        let error = try #require(Self.error(Self.replacing("    fix: Remove it.", with: "    fix: Remove it.\n    colour: red")))
        #expect(error.file == "packs/test.yml")
        #expect(error.line == 11 && error.column == 5, "\(error)")
        #expect(error.message.contains("unknown key 'colour'"))
        #expect(error.description.hasPrefix("packs/test.yml:11:5: "))
    }

    @Test func badRegexIsReportedAtThePattern() throws {
        let error = try #require(Self.error(Self.replacing("      phrases: [banana]", with: "      regex: '(unclosed'")))
        #expect(error.line == 13 && error.column == 14, "\(error)")
        #expect(error.message.contains("missing closing )"), "\(error)")
    }

    /// RE2 runs every pattern it accepts in linear time; what it cannot (a backreference) is an error naming the piece.
    @Test func regexBeyondRE2IsRefusedWithWhatAndWhere() throws {
        let error = try #require(Self.error(Self.replacing("      phrases: [banana]", with: "      regex: '(b)an\\1'")))
        #expect(error.line == 13 && error.column == 14, "\(error)")
        #expect(error.message == "backreferences '\\1' are not supported (RE2 syntax, matched in linear time) (at character 6 of the pattern)",
                "\(error)")
        #expect(Self.error(Self.replacing("      phrases: [banana]", with: "      regex: '(a+)+$'")) == nil, "nested quantifiers run in linear time")
    }

    @Test func duplicateIDsAreRefusedWithinAPackAndAgainstTakenIDs() throws {
        let twice = Self.pack(rule: Self.validRule + Self.validRule)
        let error = try #require(Self.error(twice))
        #expect(error.line == 17 && error.column == 9 && error.message.contains("duplicate rule id 'my-rule'"), "\(error)")

        let builtIn = try #require(Self.error(Self.pack(rule: Self.validRule), reserved: ["my-rule": "the built-in rule my-rule"]))
        #expect(builtIn.line == 3 && builtIn.message.contains("the built-in rule my-rule"), "\(builtIn)")
    }

    @Test func builtInRuleIDsAreTakenForUserPacks() throws {
        let text = Self.replacing("- id: my-rule", with: "- id: link-shortener")
        let error = try #require(Self.error(text, reserved: RuleCatalog.builtInIDs))
        #expect(error.message.contains("duplicate rule id 'link-shortener'"))
        let packRule = try #require(Self.error(Self.replacing("- id: my-rule", with: "- id: spam-phrases"), reserved: RuleCatalog.builtInIDs))
        #expect(packRule.message.contains("built-in pack spam-phrases"))
    }

    @Test func missingOrEmptyExamplesAreRefused() throws {
        let noClean = try #require(Self.error(Self.replacing("      clean: ['<p>an apple</p>']\n", with: "")))
        #expect(noClean.line == 15 && noClean.column == 7 && noClean.message.contains("clean"), "\(noClean)")
        let emptyTrigger = try #require(Self.error(Self.replacing("trigger: ['<p>a banana</p>']", with: "trigger: []")))
        #expect(emptyTrigger.line == 15 && emptyTrigger.column == 16 && emptyTrigger.message.contains("at least one example"), "\(emptyTrigger)")
        let noExamples = try #require(Self.error(Self.replacing("    examples:", with: "    unused:")))
        #expect(noExamples.line == 14 && noExamples.message.contains("unknown key 'unused'"), "\(noExamples)")
        let noMatch = try #require(Self.error(Self.replacing("    match:\n      target: body-text\n      phrases: [banana]\n", with: "")))
        #expect(noMatch.line == 3 && noMatch.message.contains("missing key 'match'"), "\(noMatch)")
    }

    @Test func wrongTypesAreRefused() throws {
        let score = try #require(Self.error(Self.replacing("score: 1.0", with: "score: lots")))
        #expect(score.line == 7 && score.column == 12 && score.message.contains("expected a number"), "\(score)")
        let phrases = try #require(Self.error(Self.replacing("phrases: [banana]", with: "phrases: {banana: 1}")))
        #expect(phrases.line == 13 && phrases.message.contains("unknown key 'banana'"), "\(phrases)")
        let rules = try #require(Self.error("pack: p\nrules: {a: 1}\n"))
        #expect(rules.line == 2 && rules.column == 8 && rules.message.contains("expected a list"), "\(rules)")
        let enabled = try #require(Self.error(Self.replacing("score: 1.0", with: "score: 1.0\n    enabled: maybe")))
        #expect(enabled.line == 8 && enabled.message.contains("true or false"), "\(enabled)")
    }

    @Test func unknownCategorySeverityAndTargetAreRefused() throws {
        let category = try #require(Self.error(Self.replacing("category: content", with: "category: spam")))
        #expect(category.line == 5 && category.column == 15 && category.message.contains("unknown category 'spam'"), "\(category)")
        let severity = try #require(Self.error(Self.replacing("severity: warning", with: "severity: fatal")))
        #expect(severity.line == 6 && severity.message.contains("unknown severity 'fatal'"), "\(severity)")
        let target = try #require(Self.error(Self.replacing("target: body-text", with: "target: body")))
        #expect(target.line == 12 && target.column == 15 && target.message.contains("unknown target 'body'"), "\(target)")
        let header = try #require(Self.error(Self.replacing("target: body-text", with: "target: header")))
        #expect(header.line == 12 && header.message.contains("header: Field-Name"), "\(header)")
    }

    @Test func repeatedRuleKeyIsRefused() throws {
        let error = try #require(Self.error(Self.replacing("    score: 1.0", with: "    score: 1.0\n    score: 9")))
        // Yams refuses repeated keys itself (without a precise mark), so the second cannot silently win.
        #expect(error.message.contains("invalid YAML") && error.message.contains("'score'"), "\(error)")
    }

    @Test func matcherMistakesPointAtTheKey() throws {
        let unknown = try #require(Self.error(Self.replacing("      phrases: [banana]", with: "      phrases: [banana]\n      phrase: [apple]")))
        #expect(unknown.line == 14 && unknown.column == 7 && unknown.message.contains("unknown key 'phrase'"), "\(unknown)")
        let noTarget = try #require(Self.error(Self.replacing("      target: body-text\n", with: "")))
        #expect(noTarget.line == 12 && noTarget.message.contains("missing 'target'"), "\(noTarget)")
        let twoCombinators = try #require(Self.error(Self.replacing("      target: body-text\n      phrases: [banana]", with: "      not: {target: subject, phrases: [x]}\n      any-of: [{target: subject, phrases: [y]}]")))
        #expect(twoCombinators.line == 12 && twoCombinators.message.contains("exactly one of"), "\(twoCombinators)")
    }

    @Test func invalidYAMLAndEmptyPackAreErrors() throws {
        let yaml = try #require(Self.error("pack: p\nrules: [\n"))
        #expect(yaml.message.hasPrefix("invalid YAML") && yaml.line >= 2, "\(yaml)")
        #expect(Self.error("")?.message.contains("empty rule pack") == true)
        #expect(Self.error("pack: Not Kebab\nrules: []\n")?.message.contains("kebab-case") == true)
    }

    @Test func listFilesAreResolvedAndMissingOnesReported() throws {
        let text = Self.replacing("phrases: [banana]", with: "phrases: {file: words.txt}")
        let pack = try RulePackLoader.parse(text, file: "packs/test.yml") { $0 == "words.txt" ? "# fruit\nbanana  # yellow\n\n" : nil }
        #expect(pack.rules.count == 1)
        let missing = try #require(Self.error(text))
        #expect(missing.line == 13 && missing.message.contains("cannot read list file 'words.txt'"), "\(missing)")
        let empty = try #require(Self.error(text, lists: ["words.txt": "# nothing\n"]))
        #expect(empty.message.contains("empty list"))
    }

    @Test func builtInListsCanBeNamedFromAnyPack() throws {
        let text = Self.replacing("      target: body-text\n      phrases: [banana]", with: "      target: reply-to\n      domains: {list: freemail-domains}")
        let rule = try #require(try RulePackLoader.parse(text, file: "x.yml") { _ in nil }.rules.first)
        let message = "From: a@acme.example\nReply-To: someone@yahoo.co.uk\nSubject: x\n\nbody\n"
        #expect(RuleExampleRunner.findings(of: rule, in: RuleExample(message)).map(\.evidence) == ["yahoo.co.uk"])
        for list in ["url-shorteners", "click-tracking-domains", "open-redirectors", "suspicious-tlds"] {
            #expect(Self.error(text.replacingOccurrences(of: "freemail-domains", with: list)) == nil, "\(list)")
        }
        let unknown = try #require(Self.error(text.replacingOccurrences(of: "freemail-domains", with: "no-such-list")))
        #expect(unknown.line == 13 && unknown.message.contains("unknown built-in list 'no-such-list'") && unknown.message.contains("url-shorteners"), "\(unknown)")
    }

    @Test func matcherNestingAndAliasBombsAreBounded() throws {
        let nested = String(repeating: "{not: ", count: 20) + "{target: body-text, phrases: [banana]}" + String(repeating: "}", count: 20)
        let deep = try #require(Self.error(Self.replacing("      target: body-text\n      phrases: [banana]", with: "      any-of: [\(nested)]")))
        #expect(deep.message.contains("nested more than"), "\(deep)")

        // Each level doubles the matchers through YAML aliases (2^30 in all); the node budget stops it early.
        var levels = "        - &m0 {target: subject, phrases: [x]}\n"
        for level in 1...30 { levels += "        - &m\(level) {any-of: [*m\(level - 1), *m\(level - 1)]}\n" }
        let bomb = Self.replacing("      target: body-text\n      phrases: [banana]\n", with: "      any-of:\n" + levels)
        let error = try #require(Self.error(bomb))
        #expect(error.message.contains("more than \(RulePackLoader.maxMatcherNodes) matchers"), "\(error)")
    }

    @Test func oversizedPackFileIsRefusedBeforeReading() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spamlint-pack-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("huge.yml").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        // A sparse 1 GB file: no disk space used, but its size is what a hostile pack would have.
        try handle.truncate(atOffset: 1 << 30)
        try handle.close()
        #expect(throws: RulePackError.self) { try RulePackLoader.load(path: path) }
        do {
            _ = try RulePackLoader.load(path: path)
        } catch let error as RulePackError {
            #expect(error.description.hasPrefix("\(path):1:1: ") && error.message.contains("limit is 1048576"), "\(error)")
        }
        let inMemory = "pack: big\n# " + String(repeating: "x", count: RulePackLoader.maxFileSize) + "\n"
        #expect(Self.error(inMemory)?.message.contains("larger than 1 MB") == true)
    }
}
