@_spi(CLI) @testable import SpamLintKit

/// A rule that checks like `base` but carries other triggering examples, to test the example runner.
struct ExampleRule: Rule {
    let base: any Rule
    let triggering: [RuleExample]

    var description: RuleDescription {
        var description = base.description
        description.triggeringExamples = triggering
        description.nonTriggeringExamples = []
        return description
    }

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] { base.check(document, in: context) }
}
