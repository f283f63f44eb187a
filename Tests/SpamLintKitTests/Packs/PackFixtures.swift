import Foundation

/// User packs written to temporary folders for the configuration and CLI tests.
enum PackFixtures {
    static let bananaPack = """
        pack: fruit
        rules:
          - id: banana-mention
            name: Banana mention
            category: content
            severity: warning
            score: 1.25
            summary: Mentions bananas.
            rationale: A test rule.
            fix: Say apple.
            message: 'fruit word “{match}”'
            match:
              target: [subject, body-text]
              phrases: {file: fruit.txt}
            examples:
              trigger:
                - '<p>Fresh Bananas today</p>'
                - source: '<p>banana bread</p>'
                  from: news@acme.example
              clean: ['<p>Bananarama tickets</p>']
        """

    /// The same rule with a clean example that does trigger (line 21).
    static let failingPack = bananaPack.replacingOccurrences(of: "clean: ['<p>Bananarama tickets</p>']", with: "clean:\n      - '<p>Bananarama tickets</p>'\n      - '<p>one banana</p>'")

    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("spamlint-packs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A folder with `packs/fruit.yml` and its list `packs/fruit.txt`.
    static func folderWithPack(_ text: String = bananaPack) throws -> URL {
        let root = try folder()
        let packs = root.appendingPathComponent("packs")
        try FileManager.default.createDirectory(at: packs, withIntermediateDirectories: true)
        try text.write(to: packs.appendingPathComponent("fruit.yml"), atomically: true, encoding: .utf8)
        try "banana\nbananas  # plural\n".write(to: packs.appendingPathComponent("fruit.txt"), atomically: true, encoding: .utf8)
        return root
    }
}
