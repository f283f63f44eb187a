import Foundation
import Testing
@testable import SpamLintKit

/// The message-purpose wording is judged by a byte matcher instead of ICU; where it answers, the
/// answer must be ICU's, and it must answer (not defer to ICU) for most texts.
struct WordPhraseMatcherTests {
    static let trickyPieces = [
        "20€ off", "20 € off", "٣% off", "20\u{A0}% off", "20\u{2003}% OFF", "20\u{0B}% off", "20\u{85}% off", "20x% off", "x20% off",
        "20%  off", "20% offer", "20% off!", "1 2% off", "²20% off", "20% oﬀ", "order no.5", "order no.", "order no", "order #1",
        "order #", "orders", "ORDER NUMBER", "order\u{A0}number", "receipt\u{345}", "x\u{345}receipt", "\u{345}receipt", "Bestellbesta\u{308}tigung",
        "bestellbestÄtigung", "PROMOCIÓN", "promocion", "promoció", "promo-code", "promo code", "promotion code", "promotions", "save 20",
        "save 20\u{661}", "save 2x", "save20", "save up to", "2-factor", "two-factor", "2-Factor", "twofactor", "sign-in", "sign-inx",
        "_sale_", "sale_", "sale\u{88F}", "sale\u{1C89}", "\u{1C89}sale", "\u{2019}sale\u{2019}", "«sale»", "sale™", "sale²", "saleª",
        "ésale", "saleé", "sale\u{301}", "sale\u{200B}", "Ⓢale", "sⓐle", "sale\u{24D0}", "deals", "dealsx", "invoices", "ſale", "\u{212A}",
        "receipt\r\n", "\u{1F600}receipt\u{1F600}", "中文receipt", "receipt中文", "Ünïcödé invoice",
    ]

    static var texts: [String] {
        RequiredLiteralsTests.texts(RequiredLiteralsTests.wordingPieces + trickyPieces, seed: 0x7EA5)
            + RequiredLiteralsTests.texts(trickyPieces, seed: 0x7EA6) + trickyPieces + RequiredLiteralsTests.wordingPieces
    }

    static func regexMatches(_ expression: NSRegularExpression, _ text: String) -> Bool {
        expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    @Test(arguments: ["transactional", "promotional"])
    func answersAreThoseOfTheExpression(_ name: String) {
        let (matcher, expression) = name == "transactional" ? (MessagePurpose.transactionalWords, MessagePurpose.transactional)
            : (MessagePurpose.promotionalWords, MessagePurpose.promotional)
        var answered = 0
        var deferred = 0
        var matched = 0
        for text in Self.texts {
            let expected = Self.regexMatches(expression, text)
            guard let answer = matcher.matches(text) else {
                deferred += 1
                continue
            }
            answered += 1
            if answer { matched += 1 }
            #expect(answer == expected, "\(name): \(text.debugDescription)")
        }
        // The matcher must do the work for most texts, and find matches as well as miss them.
        #expect(answered > 3 * deferred && matched > 100 && answered - matched > 100, "\(name): \(answered) \(deferred) \(matched)")
    }

    @Test func purposeAnswersAreThoseOfTheExpressionsOnTrickyText() {
        for text in Self.texts {
            #expect(MessagePurpose.soundsTransactional(text)
                        == (MessagePurpose.transactionalLiterals.mayMatch(text) && Self.regexMatches(MessagePurpose.transactional, text)),
                    "\(text.debugDescription)")
            #expect(MessagePurpose.soundsPromotional(text)
                        == (MessagePurpose.promotionalLiterals.mayMatch(text) && Self.regexMatches(MessagePurpose.promotional, text)),
                    "\(text.debugDescription)")
        }
    }

    @Test func answersPlainTextWithoutICU() {
        let matcher = WordPhraseMatcher(["receipts?", "\\d+\\s?% off", "order (?:number|no\\.?|#)", "promo(?:tion)?(?: code)?", "promoción"])
        #expect(matcher.matches("Your RECEIPT is attached") == true)
        #expect(matcher.matches("receipted") == false)
        #expect(matcher.matches("Now 25 % OFF everything") == true)
        #expect(matcher.matches("a25% off") == false)
        #expect(matcher.matches("order #12") == false)
        #expect(matcher.matches("order no.12") == true)
        #expect(matcher.matches("PROMOCIÓN de verano") == true)
        #expect(matcher.matches("promociones") == false)
        #expect(matcher.matches("ſale receipt") == nil)
        #expect(matcher.matches("receipt\u{345}") == nil)
        #expect(matcher.matches("٣% off") == nil)
    }

    @Test func phrasesExpandIntoEveryPlainSequence() {
        #expect(WordPhraseMatcher.expand("receipts?").count == 2)
        #expect(WordPhraseMatcher.expand("promo(?:tion)?(?: code)?").count == 4)
        #expect(WordPhraseMatcher.expand("order (?:number|no\\.?|#)").count == 4)
        #expect(WordPhraseMatcher.expand("\\d+\\s?% off") == [
            [.digits, .space, .byte(0x25), .byte(0x20), .byte(0x6F), .byte(0x66), .byte(0x66)],
            [.digits, .byte(0x25), .byte(0x20), .byte(0x6F), .byte(0x66), .byte(0x66)],
        ])
        #expect(WordPhraseMatcher.expand("Bestellbestätigung").contains([
            .byte(0x62), .byte(0x65), .byte(0x73), .byte(0x74), .byte(0x65), .byte(0x6C), .byte(0x6C), .byte(0x62), .byte(0x65), .byte(0x73),
            .byte(0x74), .scalar([0xE4, 0xC4]), .byte(0x74), .byte(0x69), .byte(0x67), .byte(0x75), .byte(0x6E), .byte(0x67),
        ]))
    }

    /// The characters ICU takes for a phrase's non-ASCII character are those the matcher takes.
    @Test func nonASCIIPhraseCharactersMatchWhatICUMatches() throws {
        for character in ["ä", "ó"] {
            let expression = try NSRegularExpression(pattern: "^" + character + "$", options: [.caseInsensitive])
            let step = WordPhraseMatcher.expand(character)
            var icu: [UInt32] = []
            for value in UInt32(0x80)...0x2FFFF {
                guard let scalar = Unicode.Scalar(value) else { continue }
                if Self.regexMatches(expression, String(scalar)) { icu.append(value) }
            }
            #expect(step == [[.scalar(icu)]] || step == [[.scalar(icu.reversed())]], "\(character): \(icu)")
        }
    }
}
