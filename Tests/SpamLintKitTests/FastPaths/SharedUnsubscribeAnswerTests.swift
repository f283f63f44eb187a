import Testing
@testable import SpamLintKit

/// The linter works out once whether the body offers unsubscription and hands the rules a document that
/// remembers it; the rules must answer exactly as when each works it out itself.
struct SharedUnsubscribeAnswerTests {
    static let askingRules: [any Rule] = [UnsubscribeLinkMissingRule(), FromFreemailBulkRule(), PostalAddressMissingRule()]

    /// Every rule example, read as the linter reads it: messages and templates, with and without unsubscribe offers.
    static let documents: [EmailDocument] = RuleCatalog.builtIn.flatMap { rule in
        (rule.description.triggeringExamples + rule.description.nonTriggeringExamples).map { example in
            EmailReader.read(Array(example.source.utf8), settings: ReadSettings(from: example.from, sendingDomain: example.sendingDomain))
        }
    }

    @Test func rememberedAnswerIsTheWorkedOutOne() {
        var offers = 0
        for document in Self.documents {
            #expect(document.knownBodyOffersUnsubscribe == nil)
            let expected = UnsubscribeSignals.workOutBodyOffersUnsubscribe(document)
            if expected { offers += 1 }
            let shared = UnsubscribeSignals.rememberingBodyOffersUnsubscribe(document)
            #expect(shared.knownBodyOffersUnsubscribe == expected)
            #expect(UnsubscribeSignals.bodyOffersUnsubscribe(shared) == expected)
        }
        #expect(offers >= 10 && offers < Self.documents.count - 10, "\(offers) of \(Self.documents.count)")
    }

    @Test func rulesAnswerAlikeWithTheRememberedAnswer() {
        let context = RuleContext(domains: .builtIn)
        var violations = 0
        for document in Self.documents {
            let shared = UnsubscribeSignals.rememberingBodyOffersUnsubscribe(document)
            for rule in Self.askingRules {
                let alone = rule.check(document, in: context)
                violations += alone.count
                #expect(rule.check(shared, in: context) == alone, "\(rule.description.id)")
            }
        }
        #expect(violations > 5)
    }
}
