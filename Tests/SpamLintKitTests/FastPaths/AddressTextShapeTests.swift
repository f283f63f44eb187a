import Foundation
import Testing
@_spi(CLI) @testable import SpamLintKit

/// `AddressTextShape` lets the address detector skip an expression; a flag may only be false where the
/// expression finds nothing.
struct AddressTextShapeTests {
    /// Address-like pieces with the digits, capitals and spaces of other scripts where the classes could part ways.
    static let shapedPieces = [
        "548 Market St", "548\u{A0}Market\u{2003}St", "١٢ Market St", "12b-4, \u{3000}Élysée Road", "7-11 Commercial Ct", "123, Green Garden Street",
        "548 MARKET ST", "In 1979, Dr. Smith", "San Francisco, CA 94104", "Boston,MA.\u{A0}02110", "x, NY\u{2003}１２３４５", ", ca 12345",
        "London SW1A 2AA", "London\u{85}1AA", "SW1A\u{A0}٣AB", "BT1 2NB", "Ottawa K1A 0B1", "K1A 0B1", "K١A ٢B٣", "k1a 0b1",
        "1012 AB Amsterdam", "١٠١٢ AB Amsterdam", "1012 ab Amsterdam", "1012 AB\u{2028}Élan", "12 rue de la Paix", "5 BIS AVENUE Foch",
        "3 ALLÉE Verte", "4 allée des Pins", "Hauptstraße 5", "P.O. Box 12", "Suite 200", "〒100-0005", "BP 42", "Sydney NSW 2000",
        "2024", "A1B2", "E4E4E4", "5 ter, ALLÉE x", "5ter route y", "12, ſrue z", "3\u{A0}İmpasse a", "Suite #7", "SUITE\u{2003}9",
        "Ste 4", "VIC 3000", "ACT\u{A0}٢٦٠٠", "12 Rue de Rivoli", "9 bd Haussmann", "1 Quai d'Orsay", "548 ÉLM ST", "5 Old-Mill's Lane", "#E4E4E4", "ABC 1DE", "x 1", "1 x", "1\tA", "Ⅻ Road", "² Road", "½ St",
    ]

    static let texts: [String] = {
        var samples = TextSamples(seed: 0x5A9E)
        var texts = shapedPieces + TextSamples.corpus(seed: 0x5A9F, count: 300)
        for _ in 0..<500 {
            var text = samples.text(pieces: Int(samples.next() % 8), unicodeShare: samples.next() % 5)
            for _ in 0..<1 + Int(samples.next() % 3) {
                text += samples.pick([" ", "\n", ", ", "\u{A0}", "é ", ""]) + samples.pick(shapedPieces + RequiredLiteralsTests.addressPieces)
                text += samples.pick([" ", ".", "", "x", "\u{A0}", "Z"]) + samples.text(pieces: Int(samples.next() % 4), unicodeShare: samples.next() % 4)
            }
            texts.append(text)
        }
        return texts
    }()

    @Test func everyExpressionThatMatchesHasItsShape() {
        var matched = [Int](repeating: 0, count: PostalAddressDetector.patterns.count)
        var skipped = [Int](repeating: 0, count: PostalAddressDetector.patterns.count)
        for text in Self.texts {
            let shape = AddressTextShape(text)
            for (index, (expression, _, possible)) in PostalAddressDetector.patterns.enumerated() {
                let pattern = expression()
                let matches = pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
                if matches {
                    matched[index] += 1
                    #expect(possible(shape) && shape.hasDigit, "\(pattern.pattern) \(text.debugDescription)")
                } else if !possible(shape) {
                    skipped[index] += 1
                }
            }
        }
        // Each expression matched somewhere, and the shape spared it somewhere, or the test proves nothing.
        #expect(matched.allSatisfy { $0 > 5 }, "\(matched)")
        #expect(skipped[0] > 50 && skipped[1] > 50 && skipped[4] > 50 && skipped[5] > 50 && skipped[7] > 50, "\(skipped)")
    }

    @Test func flagsOnHandPickedTexts() {
        #expect(!AddressTextShape("no digits here, CA at all").hasDigit)
        #expect(AddressTextShape("x ١").hasDigit)
        #expect(AddressTextShape("548\u{A0}Market St").mayHoldNumberedStreet)
        #expect(AddressTextShape("1-2b, Old Élm Green Hill\u{2003}Road").mayHoldNumberedStreet)
        #expect(!AddressTextShape("548 Market").mayHoldNumberedStreet)
        #expect(!AddressTextShape("548 A B C D E Street").mayHoldNumberedStreet)
        #expect(!AddressTextShape("548 market St").mayHoldNumberedStreet)
        #expect(!AddressTextShape("20% Off").mayHoldNumberedStreet)
        #expect(AddressTextShape("a, CA. 94104").mayHoldStateAndZIP)
        #expect(!AddressTextShape("a, CA 9410").mayHoldStateAndZIP)
        #expect(!AddressTextShape("a CA 94104").mayHoldStateAndZIP)
        #expect(AddressTextShape("SW1A\u{3000}2AA").mayHoldUKPostcode)
        #expect(!AddressTextShape("SW1A 2aA").mayHoldUKPostcode)
        #expect(AddressTextShape("K1A 0B1").mayHoldCanadianPostalCode)
        #expect(!AddressTextShape("K1A\u{A0}0B1").mayHoldCanadianPostalCode)
        #expect(AddressTextShape("1012 AB\u{A0}Éa").mayHoldDutchPostcode)
        #expect(!AddressTextShape("1012 AB").mayHoldDutchPostcode)
        #expect(!AddressTextShape("1012\tAB Amsterdam").mayHoldDutchPostcode)
        #expect(AddressTextShape("5 BIS, RUE x").mayHoldFrenchStreet && AddressTextShape("5 ÉCOLE").mayHoldFrenchStreet)
        #expect(!AddressTextShape("5 roads").mayHoldFrenchStreet && !AddressTextShape("his rue 5").mayHoldFrenchStreet)
        #expect(AddressTextShape("NSW\n2000").mayHoldAustralianPostcode && !AddressTextShape("NSW 200").mayHoldAustralianPostcode)
        #expect(AddressTextShape("Ste. #4").mayHoldSuite && !AddressTextShape("Suite A4").mayHoldSuite)
    }

    @Test func evidenceIsThatOfRunningEveryExpression() {
        for text in Self.texts {
            #expect(PostalAddressDetector.evidence(in: text, literal: TemplateText.literal(text)) == RequiredLiteralsTests.referenceEvidence(text), "\(text.debugDescription)")
        }
    }
}
