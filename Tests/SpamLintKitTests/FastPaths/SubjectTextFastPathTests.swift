import Foundation
import Testing
@_spi(CLI) @testable import SpamLintKit

/// The subject and title helpers read ASCII text as bytes; they must answer as the `Character` code did.
struct SubjectTextFastPathTests {
    static func referenceWords(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
            .filter { $0.count >= 3 && !HTMLTitleSubjectMismatchRule.stopWords.contains($0) }
    }

    static func referenceRun(_ text: String, _ characters: String) -> Int {
        var longest = 0
        var current = 0
        for character in text {
            current = characters.contains(character) ? current + 1 : 0
            longest = max(longest, current)
        }
        return longest
    }

    static let subjects: [String] = {
        var samples = TextSamples(seed: 0x5AB)
        var texts = ["FREE!!! Act now??", "Win $$$ today", "€€ and ££", "¡Hola! ¿Qué?", "Really?!", "Why？？", "a!b!c!", "\r\n!!\r\n",
                     "The Weekly Digest", "Your order 12345 has shipped", "Re: the THE and", "café au lait", "naïve—approach"]
        for _ in 0..<300 {
            texts.append(samples.text(pieces: 1 + Int(samples.next() % 8), unicodeShare: samples.next() % 3)
                         + samples.pick(["!!", "?", "!?", "$$", "$", "€€", "！？", "", "...", "F.R.E.E"]))
        }
        return texts
    }()

    @Test func titleWordsAreThoseOfTheCharacterCode() {
        for text in Self.subjects {
            #expect(HTMLTitleSubjectMismatchRule.words(text) == Self.referenceWords(text), "\(text.debugDescription)")
        }
    }

    @Test func punctuationRunsAndCountsAreThoseOfTheCharacterCode() {
        var repeated = 0
        for text in Self.subjects {
            for set in [SubjectExcessPunctuationRule.marks, SubjectExcessPunctuationRule.currencySigns] {
                let expected = Self.referenceRun(text, set)
                if expected >= 2 { repeated += 1 }
                #expect(SubjectExcessPunctuationRule.longestRun(in: text, of: set) == expected, "\(text.debugDescription)")
            }
            #expect(SubjectExcessPunctuationRule.markCount(in: text) == text.count(where: { SubjectExcessPunctuationRule.marks.contains($0) }))
        }
        #expect(repeated > 30)
        #expect(SubjectExcessPunctuationRule.asciiMembers[SubjectExcessPunctuationRule.marks] == [UInt8(ascii: "!"), UInt8(ascii: "?")])
        #expect(SubjectExcessPunctuationRule.asciiMembers[SubjectExcessPunctuationRule.currencySigns] == [UInt8(ascii: "$")])
    }

    @Test func capitalCountsAreThoseOfTheCharacterCode() {
        var shouted = 0
        for text in Self.subjects + ["FREE MONEY NOW", "ÉTÉ GRATUIT", "ǅ digraph", "ＦＵＬＬ width", "\r\nUPPER\r\n", "\u{1D5DB}\u{1D5E8}\u{1D5DA}\u{1D5D8} \u{1D5F5}\u{1D5F2}\u{1D5FF}\u{1D5F2}"] {
            var upper = 0
            var lower = 0
            // Case is judged after compatibility folding (styled letters read as plain ones).
            for character in text.precomposedStringWithCompatibilityMapping {
                if character.isUppercase { upper += 1 } else if character.isLowercase { lower += 1 }
            }
            let counts = SubjectAllCapsRule.caseCounts(Substring(text))
            #expect(counts.upper == upper && counts.lower == lower, "\(text.debugDescription)")
            if upper > lower { shouted += 1 }
        }
        #expect(shouted >= 3)
    }
}
