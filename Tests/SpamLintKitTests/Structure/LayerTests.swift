import Foundation
import Testing

/// The library's folders are layers (the brief's Interop → Reading → Extraction → Model → Rules → Linting →
/// Reporting → CLI pipeline, as dependencies): a file may name the types of its own folder and of the
/// folders below it, never of a folder above. So no rule builds a `Linter`, `Support/` never reaches
/// into `Linting/`, and Reading uses Extraction but not the other way round.
struct LayerTests {
    /// Lowest first. "." is the files directly in Sources/SpamLintKit (the version constant).
    static let layers = [
        ".",
        "Support",          // byte, domain and URL helpers: no email concepts
        "Text",             // words, case, folding and phrase lists: the one definition of text
        "YAML",             // reading YAML with positions (configuration, packs and front matter share it)
        "Model",            // the parsed document's value types
        "Extraction",       // HTML and text bodies into links, images and visible text
        "Suppression",      // spamlint-disable comments into directives, at read time
        "Reading",          // bytes into an EmailDocument: MIME, templates, headers
        "Rules",            // Swift rules: pure functions of the document
        "Packs",            // declarative YAML rules
        "Linting",          // runs rules, applies suppressions and the baseline, scores; the rule catalogue and example runner
        "Configuration",    // .spamlint.yml into lint options
        "Authentication",   // DNS checks and `diagnose`, which lint through the linter
        "Reporting",        // output formats and rule documentation
        "Embedding",        // the public façade: configuration discovery and linting, shared by the CLI and embedders
    ]

    static let sources = TestPaths.packageRoot.appendingPathComponent("Sources/SpamLintKit")

    @Test func everyFolderIsALayer() throws {
        let tree = try SourceTree(root: Self.sources)
        let folders = Set(tree.files.map(\.folder))
        #expect(folders == Set(Self.layers), "folders without a layer: \(folders.subtracting(Self.layers).sorted())")
    }

    @Test func noFileNamesATypeOfAHigherLayer() throws {
        let tree = try SourceTree(root: Self.sources)
        // The scan must see the tree, or the test below could pass on nothing.
        #expect(tree.files.count > 100)
        #expect(tree.owners["Linter"] == "Linting" && tree.owners["EmailDocument"] == "Model" && tree.owners["Rule"] == "Rules")
        var violations: [String] = []
        for file in tree.files {
            guard let rank = Self.layers.firstIndex(of: file.folder) else { continue }
            for name in file.mentions.sorted() {
                guard let owner = tree.owners[name], let ownerRank = Self.layers.firstIndex(of: owner), ownerRank > rank else { continue }
                violations.append("\(file.path) (\(file.folder)) names \(name) from \(owner)")
            }
        }
        #expect(violations.isEmpty, "\(violations.count) references up the layers:\n\(violations.joined(separator: "\n"))")
    }

    @Test func theScanSeesCodeOnly() {
        let code = SourceTree.code(of: "let a = Linter() // Reporter\n/* Baseline */ let b = \"Finding \\\" Rule\"\nlet c = \"\"\"\nVerdict\n\"\"\" + Mailbox()")
        #expect(SourceTree.capitalisedIdentifiers(in: code) == ["Linter", "Mailbox"])
        #expect(SourceTree.topLevelDeclarations(in: "public struct A {\n    struct B {}\n}\nenum C {}\nextension D {}\npublic typealias E = A")
                == ["A", "C", "E"])
    }
}
