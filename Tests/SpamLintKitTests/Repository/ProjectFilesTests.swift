import Foundation
import Testing
import Yams
@_spi(CLI) @testable import SpamLintKit

/// What the repository ships besides the code: the README's sample outputs are the binary's, the
/// configuration schema matches what spamlint reads, the action and the licence are as documented.
@Suite struct ProjectFilesTests {
    static let readme = (try? String(contentsOf: TestPaths.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)) ?? ""

    /// Each `<!-- readme-output: ARGS -->` and the code block after it.
    static func outputSamples() -> [(arguments: [String], lines: [String])] {
        var samples: [(arguments: [String], lines: [String])] = []
        let lines = readme.components(separatedBy: "\n")
        for (index, line) in lines.enumerated() where line.hasPrefix("<!-- readme-output: ") && line.hasSuffix(" -->") {
            let arguments = line.dropFirst("<!-- readme-output: ".count).dropLast(" -->".count).split(separator: " ").map(String.init)
            guard index + 1 < lines.count, lines[index + 1] == "```" else { continue }
            let block = lines[(index + 2)...].prefix { $0 != "```" }
            samples.append((arguments, Array(block)))
        }
        return samples
    }

    @Test func theReadmeShowsRealOutput() throws {
        let samples = Self.outputSamples()
        #expect(samples.count >= 3, "the README's marked samples were not found")
        for sample in samples {
            let run = try ThrowawayRepository.execute([TestPaths.executable.path] + sample.arguments, in: TestPaths.packageRoot)
            let output = run.stdout.components(separatedBy: "\n")
            // The sample is the output or a run of its lines, in order.
            guard let first = sample.lines.first, let start = output.firstIndex(of: first) else {
                Issue.record("README sample for \(sample.arguments) starts with a line the binary does not print:\n\(sample.lines.first ?? "")\n--- output:\n\(run.stdout)")
                continue
            }
            let actual = Array(output[start..<min(output.count, start + sample.lines.count)])
            #expect(actual == sample.lines, "README sample for \(sample.arguments) differs from the binary's output")
        }
    }

    /// The README's example `.spamlint.yml`.
    static var readmeConfiguration: String {
        let marker = "<!-- config-example: validated by ProjectFilesTests -->\n```yaml\n"
        guard let start = readme.range(of: marker) else { return "" }
        let rest = readme[start.upperBound...]
        return String(rest[..<(rest.range(of: "```")?.lowerBound ?? rest.endIndex)])
    }

    static let schemaURL = TestPaths.packageRoot.appendingPathComponent("Schemas/spamlint-config.schema.json")

    static let canValidate: Bool = {
        (try? ThrowawayRepository.execute(["python3", "-c", "import jsonschema"], in: TestPaths.packageRoot).status) == 0
    }()

    /// Validates YAML text against the schema with Python's jsonschema; the violations, or "" when valid.
    static func schemaViolations(_ yaml: String) throws -> String {
        let node = try Yams.load(yaml: yaml)
        let json = try JSONSerialization.data(withJSONObject: node ?? [:])
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("spamlint-config-\(UUID().uuidString).json")
        try json.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1])); document = json.load(open(sys.argv[2]))
            jsonschema.Draft7Validator.check_schema(schema)
            errors = sorted(jsonschema.Draft7Validator(schema).iter_errors(document), key=lambda e: list(e.path))
            print("\\n".join(f"{list(e.path)}: {e.message}" for e in errors))
            """
        let run = try ThrowawayRepository.execute(["python3", "-c", script, schemaURL.path, file.path], in: TestPaths.packageRoot)
        #expect(run.status == 0, "\(run.stderr)")
        return run.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test(.enabled(if: canValidate, "needs python3 with jsonschema (.ci/run installs it)"))
    func theReadmeConfigurationIsValidAgainstTheSchema() throws {
        let yaml = Self.readmeConfiguration
        #expect(yaml.contains("overrides:") && yaml.contains("root: true"), "example not found")
        #expect(try Self.schemaViolations(yaml) == "")
        // The schema refuses what spamlint refuses: a misspelt key, a bad value, an override without files.
        #expect(try Self.schemaViolations("thresholds:\n  fail-scor: 4\n").contains("fail-scor"))
        #expect(try Self.schemaViolations("purpose: promo\n").contains("promo"))
        #expect(try Self.schemaViolations("overrides:\n  - purpose: transactional\n").contains("files"))
        #expect(try Self.schemaViolations("overrides:\n  - files: [a]\n    baseline: x.json\n").contains("baseline"))
    }

    @Test func theReadmeConfigurationLoadsAndTheSchemaListsTheKeysSpamlintReads() throws {
        // The example's pack is not in this repository: the rest must load without a single error.
        let yaml = Self.readmeConfiguration.split(separator: "\n").filter { !$0.contains("packs:") }.joined(separator: "\n")
        let configuration = try ConfigurationLoader.parse(yaml, file: "README.md")
        #expect(configuration.root && configuration.pathOverrides.count == 2)
        #expect(configuration.pathOverrides[0].settings.purpose == .transactional)

        let schema = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.schemaURL)) as? [String: Any]
        let properties = schema?["properties"] as? [String: Any] ?? [:]
        #expect(Set(properties.keys) == ConfigurationLoader.topLevelKeys)
        let overrides = ((properties["overrides"] as? [String: Any])?["items"] as? [String: Any])?["properties"] as? [String: Any] ?? [:]
        #expect(Set(overrides.keys) == ConfigurationLoader.overrideKeys)
    }

    static let action = (try? String(contentsOf: TestPaths.packageRoot.appendingPathComponent("action.yml"), encoding: .utf8)) ?? ""

    @Test func theActionPinsActionsLintsOnceAndMakesTheUploadOptIn() throws {
        #expect(!Self.action.contains("github.action_ref") && !Self.action.contains("github.action_repository"))
        let uses = Self.action.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.hasPrefix("uses:") }
        #expect(uses.count == 2)
        for line in uses {
            let reference = line.split(separator: "@").last.map { String($0.prefix { !$0.isWhitespace }) } ?? ""
            #expect(reference.count == 40 && reference.allSatisfy(\.isHexDigit), "not pinned by commit: \(line)")
        }
        let node = try #require(try Yams.load(yaml: Self.action) as? [String: Any])
        let inputs = node["inputs"] as? [String: [String: Any]] ?? [:]
        #expect(inputs["upload-sarif"]?["default"] as? String == "false")
        let steps = ((node["runs"] as? [String: Any])?["steps"] as? [[String: Any]]) ?? []
        let lint = try #require(steps.first { $0["id"] as? String == "lint" }?["run"] as? String)
        #expect(lint.components(separatedBy: "\"$SPAMLINT\"").count == 2, "spamlint runs once:\n\(lint)")
        #expect(lint.contains("--sarif-output \"$SARIF\""))
    }

    @Test func theLicenceIsApacheTwo() throws {
        let licence = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("LICENSE"), encoding: .utf8)
        #expect(licence.contains("Apache License") && licence.contains("Version 2.0, January 2004"))
        #expect(Self.readme.contains("## Licence"))
    }
}
