/// Flags suppression comments that silence nothing: the finding was fixed, moved, or never there.
struct UnusedSuppressionRule: SuppressionAuditRule {
    init() {}

    let description = RuleDescription(
        id: SuppressionMetaRules.unusedSuppression, name: "Unused suppression comment", category: .structure, severity: .warning,
        score: 0.2,
        summary: "A spamlint-disable comment (or one rule id in it) silences no finding.",
        rationale: """
            A suppression that outlived its finding hides the next real problem on that line or range. ESLint's \
            --report-unused-disable-directives, SwiftLint's superfluous_disable_command and ruff's RUF100 (unused noqa) \
            report them. Directives for rules turned off in the configuration are not judged.
            """,
        fix: "Delete the comment, or the rule id in it that no longer reports anything.",
        triggeringExamples: [
            RuleExample("↓{# spamlint-disable-next-line link-shortener -- old partner link #}\n<p><a href=\"https://www.acme.example/offer\">Offer</a></p>"),
            RuleExample("↓↓{{!-- spamlint-disable-file html-script, link-ip-host --}}\n<p><a href=\"https://www.acme.example/offer\">Offer</a></p>"),
        ],
        nonTriggeringExamples: [
            RuleExample("{# spamlint-disable-next-line link-shortener -- partner requires it #}\n<p><a href=\"https://bit.ly/3xYz\">Offer</a></p>"),
            RuleExample("<p><a href=\"https://www.acme.example/offer\">Offer</a></p>"),
        ]
    )

    func audit(_ unused: [UnusedSuppression]) -> [Violation] {
        unused.map { unused in
            let directive = unused.directive
            let message = unused.ruleID.map { "\($0) reports nothing where \(directive.keyword) applies; remove it from the comment" }
                ?? "\(directive.keyword) silences no finding; remove the comment"
            return Violation(message, evidence: directive.text, at: directive.position)
        }
    }
}
