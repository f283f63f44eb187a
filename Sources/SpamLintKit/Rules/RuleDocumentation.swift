/// Renders rule descriptions for `spamlint rules`, `spamlint explain` and the README table.
public enum RuleDocumentation {
    public static func line(_ rule: RuleDescription) -> String {
        "\(rule.id.padding(30)) \(rule.category.rawValue.padding(15)) \(rule.severity.rawValue.padding(8)) \(ScoreFormat.string(rule.score).padding(5)) \(rule.summary)"
    }

    public static func markdownTable(_ rules: [RuleDescription]) -> String {
        var table = "| id | category | severity | score | what it flags |\n|---|---|---|---|---|\n"
        for rule in rules {
            table += "| `\(rule.id)` | \(rule.category.rawValue) | \(rule.severity.rawValue) | \(ScoreFormat.string(rule.score)) | \(rule.summary.replacingPipes) |\n"
        }
        return table
    }

    public static func examples(_ rule: RuleDescription) -> String {
        var text = ""
        for example in rule.triggeringExamples { text += "  triggers:\n" + indented(example) }
        for example in rule.nonTriggeringExamples { text += "  passes:\n" + indented(example) }
        return text
    }

    public static func full(_ rule: RuleDescription) -> String {
        """
        \(rule.id): \(rule.name)
        category: \(rule.category.rawValue)   severity: \(rule.severity.rawValue)   score: \(ScoreFormat.string(rule.score))

        \(rule.summary)

        Why: \(rule.rationale)

        Fix: \(rule.fix)

        Examples:
        \(examples(rule))
        """
    }

    public static func json(_ rules: [RuleDescription]) -> String {
        struct Entry: Encodable {
            var id, name, category, severity, summary, rationale, fix: String
            var score: Double
            var triggeringExamples, nonTriggeringExamples: [String]
        }
        return JSONOutput.string(rules.map {
            Entry(id: $0.id, name: $0.name, category: $0.category.rawValue, severity: $0.severity.rawValue, summary: $0.summary,
                  rationale: $0.rationale, fix: $0.fix, score: $0.score,
                  triggeringExamples: $0.triggeringExamples.map(\.source), nonTriggeringExamples: $0.nonTriggeringExamples.map(\.source))
        })
    }

    private static func indented(_ example: RuleExample) -> String {
        var settings: [String] = []
        if let from = example.from { settings.append("--from \(from)") }
        if let domain = example.sendingDomain { settings.append("--sending-domain \(domain)") }
        let header = settings.isEmpty ? "" : "    (\(settings.joined(separator: " ")))\n"
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
