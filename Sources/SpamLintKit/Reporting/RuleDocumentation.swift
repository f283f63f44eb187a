/// Renders rule descriptions for `spamlint rules`, `spamlint explain` and the README table.
@_spi(CLI) public enum RuleDocumentation {
    /// Column titles of `line`.
    @_spi(CLI) public static let header = "\("id".padding(30)) \("category".padding(15)) \("severity".padding(8)) \("score".padding(8)) \("enabled".padding(7)) \("pack".padding(20)) summary"

    @_spi(CLI) public static func line(_ rule: RuleDescription) -> String {
        "\(rule.id.padding(30)) \(rule.category.rawValue.padding(15)) \(rule.severity.rawValue.padding(8)) \(scoreText(rule).padding(8)) \(enabledText(rule).padding(7)) \((rule.pack ?? "-").padding(20)) \(rule.summary)"
    }

    @_spi(CLI) public static func markdownTable(_ rules: [RuleDescription]) -> String {
        var table = "| id | category | severity | score | enabled | pack | what it flags |\n|---|---|---|---|---|---|---|\n"
        for rule in rules {
            table += "| `\(rule.id)` | \(rule.category.rawValue) | \(rule.severity.rawValue) | \(scoreText(rule)) | \(enabledText(rule)) | \(rule.pack ?? "") | \(rule.summary.replacingPipes) |\n"
        }
        return table
    }

    /// The score, with the cap when the rule may add more than once per file (`0.2 ≤1.0`).
    static func scoreText(_ rule: RuleDescription) -> String {
        ScoreFormat.string(rule.score) + (rule.maxScore.map { " ≤" + ScoreFormat.string($0) } ?? "")
    }

    static func enabledText(_ rule: RuleDescription) -> String { rule.isEnabledByDefault ? "yes" : "opt-in" }

    /// How to turn the rule off or on and change its score, with the real flags and config keys.
    @_spi(CLI) public static func configurationHelp(_ rule: RuleDescription) -> String {
        let toggle = rule.isEnabledByDefault
            ? """
            Disable: `spamlint lint --disable \(rule.id) …`, or in .spamlint.yml:
              rules:
                disable: [\(rule.id)]
            """
            : """
            Enable (opt-in rule): in .spamlint.yml:
              rules:
                enable: [\(rule.id)]
            """
        return toggle + """

            Re-score: in .spamlint.yml:
              rules:
                overrides:
                  \(rule.id): { score: \(ScoreFormat.string(rule.score)), max-score: \(ScoreFormat.string(rule.maxScore ?? rule.score)), severity: \(rule.severity.rawValue) }
            """
    }

    @_spi(CLI) public static func examples(_ rule: RuleDescription) -> String {
        var text = ""
        for example in rule.triggeringExamples { text += "  triggers:\n" + indented(example) }
        for example in rule.nonTriggeringExamples { text += "  passes:\n" + indented(example) }
        return text
    }

    @_spi(CLI) public static func full(_ rule: RuleDescription) -> String {
        """
        \(rule.id): \(rule.name)
        category: \(rule.category.rawValue)   severity: \(rule.severity.rawValue)   score: \(ScoreFormat.string(rule.score))\(rule.maxScore.map { " per finding, at most \(ScoreFormat.string($0)) per file" } ?? " once per file")   enabled: \(enabledText(rule))\(rule.pack.map { "   pack: \($0)" } ?? "")

        \(rule.summary)

        Why: \(rule.rationale)

        Fix: \(rule.fix)

        Examples:
        \(examples(rule))
        \(configurationHelp(rule))
        """
    }

    @_spi(CLI) public static func json(_ rules: [RuleDescription]) -> String {
        struct Entry: Encodable {
            var id, name, category, severity, summary, rationale, fix: String
            var score: Double
            var maxScore: Double?
            var enabled: Bool
            var pack: String?
            var triggeringExamples, nonTriggeringExamples: [String]

            /// Optional fields are written as null, so every entry has the same keys.
            enum CodingKeys: String, CodingKey {
                case id, name, category, severity, summary, rationale, fix, score, maxScore, enabled, pack, triggeringExamples, nonTriggeringExamples
            }

            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(id, forKey: .id)
                try container.encode(name, forKey: .name)
                try container.encode(category, forKey: .category)
                try container.encode(severity, forKey: .severity)
                try container.encode(summary, forKey: .summary)
                try container.encode(rationale, forKey: .rationale)
                try container.encode(fix, forKey: .fix)
                try container.encode(score, forKey: .score)
                try container.encode(maxScore, forKey: .maxScore)
                try container.encode(enabled, forKey: .enabled)
                try container.encode(pack, forKey: .pack)
                try container.encode(triggeringExamples, forKey: .triggeringExamples)
                try container.encode(nonTriggeringExamples, forKey: .nonTriggeringExamples)
            }
        }
        return JSONOutput.string(rules.map {
            Entry(id: $0.id, name: $0.name, category: $0.category.rawValue, severity: $0.severity.rawValue, summary: $0.summary,
                  rationale: $0.rationale, fix: $0.fix, score: $0.score, maxScore: $0.maxScore,
                  enabled: $0.isEnabledByDefault, pack: $0.pack,
                  triggeringExamples: $0.triggeringExamples.map(\.source), nonTriggeringExamples: $0.nonTriggeringExamples.map(\.source))
        })
    }

    private static func indented(_ example: RuleExample) -> String {
        var settings: [String] = []
        if let from = example.from { settings.append("--from \(from)") }
        if let domain = example.sendingDomain { settings.append("--sending-domain \(domain)") }
        var notes = settings.isEmpty ? [] : [settings.joined(separator: " ")]
        // The `↓` markers are not part of the file; where they stood is said in words instead.
        if !example.expectedPositions.isEmpty {
            notes.append("finding at " + example.expectedPositions.map { "line \($0.line) column \($0.column)" }.joined(separator: ", "))
        }
        let header = notes.isEmpty ? "" : "    (\(notes.joined(separator: "; ")))\n"
        return header + example.source.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n") + "\n"
    }
}

private extension String {
    func padding(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
    /// Escapes what would break a Markdown table cell or render as HTML.
    var replacingPipes: String {
        split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
            .split(separator: "<", omittingEmptySubsequences: false).joined(separator: "&lt;")
    }
}
