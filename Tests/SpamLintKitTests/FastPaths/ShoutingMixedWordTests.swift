import Foundation
import Testing
@testable import SpamLintKit

/// Mixed-script words are counted in place when their cased letters are lone Latin, Greek or Cyrillic scalars.
struct ShoutingMixedWordTests {
    static let pieces = ["ÉCOLE", "école", "ÉCOle", "MÜLLER’S", "don’t", "DON’T", "ΑΘΗΝΑ", "αθηνα", "ОТПИСКА", "отписка", "ǅemal", "ǄEMAL",
                         "E\u{301}COLE", "ÉCO\u{345}LE", "A\u{345}BCDE", "ͺͺͺͺͺ", "ΆΈΉΊΌ", "Ѐ\u{483}ЁЂЃЄ", "ҊҋҌҍҎ", "ꙀꙁꙂꙃꙄ", "ＦＲＥＥ",
                         "İSTANBUL", "ıstanbul", "ǰǰǰ", "ﬁﬁﬁ", "ŉŉŉ", "ABC\u{200D}DEF", "ABC\u{7}\u{345}DE", "ªºµ", "ÀÁÂ£ÃÄ", "ẞẞẞẞẞ",
                         "ȺȻȼȽȾ", "ɐɑɒɓɔ", "\u{24B6}\u{24B7}\u{24B8}\u{24B9}\u{24BA}", "😀HELLO😀", "HELLO🇺🇸", "WORLD\u{FE0F}"]

    @Test func tallyIsThatOfFilteringCharacters() {
        var samples = TextSamples(seed: 0x5A0)
        var texts = Self.pieces
        for _ in 0..<500 {
            var text = ""
            for _ in 0..<Int(1 + samples.next() % 12) {
                text += samples.next() % 3 == 0 ? samples.pick(TextSamples.asciiPieces) : samples.pick(Self.pieces)
                text += samples.pick([" ", " ", "\n", "", "’", "-"])
            }
            texts.append(text)
        }
        for text in texts {
            #expect(BodyShoutingRule.tally(text) == BodyShoutingTallyTests.reference(text), "\(text.debugDescription)")
        }
    }

    @Test func loneScalarStretchesAreCountedInPlace() {
        var tally = BodyShoutingRule.Tally()
        #expect(BodyShoutingRule.tallyLoneScalars("MÜLLER’S don’t\u{A0}ΑΘΗΝΑΣ", into: &tally))
        #expect(tally == BodyShoutingTallyTests.reference("MÜLLER’S don’t\u{A0}ΑΘΗΝΑΣ") && tally.shoutedCount == 2)
        var untouched = BodyShoutingRule.Tally()
        #expect(!BodyShoutingRule.tallyLoneScalars("E\u{301}COLE", into: &untouched) && untouched == BodyShoutingRule.Tally())
        #expect(!BodyShoutingRule.tallyLoneScalars("HELLO😀", into: &untouched))
    }
}
