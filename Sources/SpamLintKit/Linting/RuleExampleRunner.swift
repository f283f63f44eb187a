/// Runs a rule on its examples the way a lint run would, for `spamlint rules test` and the test suite:
/// a triggering example must be flagged, at the places its `↓` markers pin and with the messages it
/// pins, and a comment disabling the rule must silence it; a clean example must not be flagged.
@_spi(CLI) public enum RuleExampleRunner {
    /// The findings of `rule` on `example` that no directive in it silences, in report order.
    @_spi(CLI) public static func findings(of rule: any Rule, in example: RuleExample, domains: DomainKnowledge = .builtIn) -> [Finding] {
        unsuppressed(of: rule, in: example.source, example: example, domains: domains)
    }

    /// `example`'s file with a comment disabling `ruleID` for the whole file, in the syntax that kind of
    /// file reads: a template comment at the end of a template; in a message, an HTML comment before the
    /// first tag of an HTML body. Nil when the file has no place the reader takes a directive from (a
    /// message without HTML, or whose HTML is encoded).
    @_spi(CLI) public static func suppressing(_ ruleID: String, in example: RuleExample) -> String? {
        let settings = readSettings(example)
        let directive = "spamlint-disable-file \(ruleID) -- example of a suppressed finding"
        func carries(_ source: String) -> Bool {
            EmailReader.read(Array(source.utf8), settings: settings).suppressionDirectives
                .contains { $0.scope == .file && $0.ruleIDs == [ruleID] }
        }
        if EmailReader.read(Array(example.source.utf8), settings: settings).kind == .template {
            let suppressed = example.source + "\n{# \(directive) #}\n"
            return carries(suppressed) ? suppressed : nil
        }
        let source = example.source
        guard let bodyStart = source.range(of: "\n\n")?.upperBound ?? source.range(of: "\r\n\r\n")?.upperBound else { return nil }
        // The first `<` that opens an HTML tag inside an HTML part; one in a text part or a header of a
        // MIME part is skipped because the reader then takes no directive from it.
        var index = bodyStart
        while let open = source[index...].firstIndex(of: "<") {
            let next = source.index(after: open)
            if next < source.endIndex, source[next].isLetter || source[next] == "!" {
                var suppressed = source
                suppressed.insert(contentsOf: "<!-- \(directive) -->", at: open)
                if carries(suppressed) { return suppressed }
            }
            index = next
        }
        return nil
    }

    /// One example's outcome.
    @_spi(CLI) public struct Outcome: Sendable {
        @_spi(CLI) public var rule: String
        @_spi(CLI) public var example: RuleExample
        /// True for a triggering example, false for a clean one.
        @_spi(CLI) public var shouldTrigger: Bool
        @_spi(CLI) public var findings: [Finding]
        /// The rule's findings that still stand with the rule disabled by a comment (`suppressing`); nil for a
        /// clean example or one without a place for a directive.
        @_spi(CLI) public var findingsWhenSuppressed: [Finding]?

        /// What is wrong with the outcome, one sentence per problem; empty when the example passes.
        @_spi(CLI) public var problems: [String] {
            guard shouldTrigger else {
                return findings.isEmpty ? [] : ["flagged: " + findings.prefix(3).map(\.message).joined(separator: "; ")]
            }
            guard !findings.isEmpty else { return ["no finding of \(rule)"] }
            var problems: [String] = []
            let positions = findings.map(\.position).sorted()
            if !example.expectedPositions.isEmpty, positions != example.expectedPositions.sorted() {
                problems.append("findings point at \(Self.text(positions)), the example marks \(Self.text(example.expectedPositions))")
            }
            if let messages = example.expectedMessages, findings.map(\.message) != messages {
                problems.append("messages are \(findings.map(\.message)), the example expects \(messages)")
            }
            if let remaining = findingsWhenSuppressed, !remaining.isEmpty {
                problems.append("spamlint-disable-file \(rule) did not silence: " + remaining.prefix(3).map(\.message).joined(separator: "; "))
            }
            return problems
        }

        @_spi(CLI) public var passed: Bool { problems.isEmpty }

        private static func text(_ positions: [SourcePosition]) -> String {
            positions.map { "\($0.line):\($0.column)" }.joined(separator: ", ")
        }
    }

    /// Every example of every rule, in declaration order.
    @_spi(CLI) public static func run(_ rules: [any Rule], domains: DomainKnowledge = .builtIn) -> [Outcome] {
        rules.flatMap { rule in
            let id = rule.description.id
            let triggering = rule.description.triggeringExamples.map { example in
                Outcome(rule: id, example: example, shouldTrigger: true, findings: findings(of: rule, in: example, domains: domains),
                        findingsWhenSuppressed: suppressing(id, in: example).map { unsuppressed(of: rule, in: $0, example: example, domains: domains) })
            }
            let clean = rule.description.nonTriggeringExamples.map { example in
                Outcome(rule: id, example: example, shouldTrigger: false, findings: findings(of: rule, in: example, domains: domains),
                        findingsWhenSuppressed: nil)
            }
            return triggering + clean
        }
    }

    /// Lints `source` (the example's file, or a variant of it) with the rule; a suppression audit runs with
    /// every other built-in rule, since it judges their findings.
    private static func unsuppressed(of rule: any Rule, in source: String, example: RuleExample, domains: DomainKnowledge) -> [Finding] {
        let rules = rule.asSuppressionAudit == nil ? [rule] : BuiltInRules.all.filter { $0.asSuppressionAudit == nil } + [rule]
        let linter = Linter(rules: rules, options: LintOptions(settings: readSettings(example), domains: domains))
        let id = rule.description.id
        return linter.findings(in: EmailReader.read(Array(source.utf8), settings: readSettings(example)))
            .filter { $0.rule == id && $0.suppression == nil }
    }

    private static func readSettings(_ example: RuleExample) -> ReadSettings {
        ReadSettings(from: example.from, sendingDomain: example.sendingDomain)
    }
}
