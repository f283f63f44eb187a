import Testing
@testable import SpamLintKit

/// `TextMetrics.collapseCountingWords` counts words while collapsing; it must give what `collapse`
/// and then `wordCount` on its result give.
struct TextMetricsFastPathTests {
    static let pieces = ["a", "Z", "7", "é", "€", "🎉", "٣", "Ⅻ", "中", "\u{301}", "-", "!", " ", "\t", "\n", "\r\n", "\u{A0}", "\u{AD}",
                         "\u{34F}", "\u{200B}", "\u{2028}", "\u{3000}", "\u{FEFF}", "\u{180E}", "\u{2061}", "e\u{301}", "x", "𝟘", "𝐀"]

    @Test func countsTheWordsOfTheCollapsedText() {
        var texts = ["", " ", "   ", "\u{A0}\u{200B}", "Hello, world — 42 !!! ", "— — —", "a", "!"]
        for first in Self.pieces { for second in Self.pieces { for third in Self.pieces { texts.append(first + second + third) } } }
        texts += TextSamples.corpus(seed: 0x7E57)
        for text in texts {
            let collapsed = TextMetrics.collapse(text)
            let result = TextMetrics.collapseCountingWords(text)
            #expect(result.text == collapsed, "\(text.debugDescription)")
            #expect(result.wordCount == TextMetrics.wordCount(collapsed), "\(text.debugDescription)")
        }
    }

    @Test func edgeCases() {
        #expect(TextMetrics.collapseCountingWords("  Hello,\u{A0}world — 42 !!! ") == ("Hello, world — 42 !!!", 3))
        #expect(TextMetrics.collapseCountingWords("") == ("", 0))
        // A word whose only letter is outside ASCII (4-byte mathematical bold A) still counts.
        #expect(TextMetrics.collapseCountingWords("— 𝐀 —").wordCount == 1)
        #expect(TextMetrics.collapseCountingWords("€€ ٣").wordCount == 1)
    }
}
