import Testing
@_spi(CLI) @testable import SpamLintKit

/// The linter works out once per document whether the body offers unsubscription and hands the answer to
/// the rules in the context; the rules must answer exactly as when each works it out itself.
struct DocumentFactsTests {
    static let askingRules: [any Rule] = [UnsubscribeLinkMissingRule(), FromFreemailBulkRule(), PostalAddressMissingRule()]

    /// Every rule example, read as the linter reads it: messages and templates, with and without unsubscribe offers.
    static let documents: [EmailDocument] = RuleCatalog.builtIn.flatMap { rule in
        (rule.description.triggeringExamples + rule.description.nonTriggeringExamples).map { example in
            EmailReader.read(Array(example.source.utf8), settings: ReadSettings(from: example.from, sendingDomain: example.sendingDomain))
        }
    }

    @Test func factsAreTheWorkedOutAnswerAndLeaveTheDocumentAlone() {
        let context = RuleContext(domains: .builtIn)
        #expect(context.facts == nil)
        var offers = 0
        for document in Self.documents {
            let expected = UnsubscribeSignals.workOutBodyOffersUnsubscribe(document)
            if expected { offers += 1 }
            let checking = context.checking(document)
            #expect(checking.facts == DocumentFacts(of: document))
            #expect(checking.facts?.bodyOffersUnsubscribe == expected)
            #expect(UnsubscribeSignals.bodyOffersUnsubscribe(document, in: checking) == expected)
            #expect(UnsubscribeSignals.bodyOffersUnsubscribe(document, in: context) == expected)
        }
        #expect(offers >= 10 && offers < Self.documents.count - 10, "\(offers) of \(Self.documents.count)")
    }

    @Test func rulesAnswerAlikeWithTheSharedAnswer() {
        let context = RuleContext(domains: .builtIn)
        var violations = 0
        for document in Self.documents {
            for rule in Self.askingRules {
                let alone = rule.check(document, in: context)
                violations += alone.count
                #expect(rule.check(document, in: context.checking(document)) == alone, "\(rule.description.id)")
            }
        }
        #expect(violations > 5)
    }
}
