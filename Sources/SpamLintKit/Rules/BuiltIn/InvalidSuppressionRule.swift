/// Flags suppression comments spamlint cannot honour as written: an unknown keyword, an unknown
/// rule id, or a `spamlint-enable` that closes nothing.
struct InvalidSuppressionRule: Rule {
    init() {}

    static let keywords = "spamlint-disable-next-line, spamlint-disable-line, spamlint-disable … spamlint-enable, spamlint-disable-file"

    let description = RuleDescription(
        id: SuppressionMetaRules.invalidSuppression, name: "Invalid suppression comment", category: .structure, severity: .warning,
        score: 0.2,
        summary: "A spamlint-disable comment has an unknown keyword or rule id, or a spamlint-enable closes nothing.",
        rationale: """
            A misspelt directive or rule id silences nothing, so the finding it was meant for still counts, or a later \
            rename silently re-enables it. ESLint (--report-unused-disable-directives) and SwiftLint \
            (superfluous_disable_command) report such comments for the same reason.
            """,
        fix: "Use one of \(InvalidSuppressionRule.keywords) with ids from `spamlint rules`; put a reason after ` -- `.",
        triggeringExamples: [
            RuleExample("↓{# spamlint-disable-next-line link-shortner #}\n<p><a href=\"https://bit.ly/3xYz\">Offer</a></p>"),
            RuleExample("↓{# spamlint-disable-nextline link-shortener #}\n<p><a href=\"https://bit.ly/3xYz\">Offer</a></p>"),
            RuleExample("<p>Hello</p>\n↓{{!-- spamlint-enable link-shortener --}}\n<p>Bye</p>"),
        ],
        nonTriggeringExamples: [
            RuleExample("{# spamlint-disable-next-line link-shortener -- partner requires it #}\n<p><a href=\"https://bit.ly/3xYz\">Offer</a></p>"),
            RuleExample("{{!-- spamlint-disable link-shortener, hidden-text --}}\n<p><a href=\"https://bit.ly/3xYz\">Offer</a></p>\n{{!-- spamlint-enable --}}"),
        ]
    )

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        let directives = document.suppressionDirectives
        for directive in directives {
            guard directive.scope != nil else {
                violations.append(Violation("unknown suppression keyword \(directive.keyword); use \(InvalidSuppressionRule.keywords)",
                                            evidence: directive.text, at: directive.position))
                continue
            }
            for id in directive.ruleIDs where !context.knownRuleIDs.contains(id) {
                violations.append(Violation("unknown rule id '\(id)' in \(directive.keyword); `spamlint rules` lists them (a reason goes after ` -- `)",
                                            evidence: id, at: directive.position))
            }
        }
        for index in SuppressionPlan(directives).unmatchedEnables {
            let directive = directives[index]
            violations.append(Violation("\(directive.keyword) closes no spamlint-disable range", evidence: directive.text, at: directive.position))
        }
        return violations
    }
}
