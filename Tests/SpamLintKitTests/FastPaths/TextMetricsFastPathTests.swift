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

    /// `collapse` by scalars, as first written.
    static func referenceCollapse(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if TextMetrics.isSpacer(scalar) {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.append(" ") }
            pendingSpace = false
            result.append(scalar)
        }
        return String(result)
    }

    /// Long ASCII runs go eight bytes at a time; spacers, controls and non-ASCII bytes at every offset of a block.
    @Test func longRunsCollapseAndCountAsByScalars() {
        var samples = TextSamples(seed: 0x10C8)
        let pieces = ["abcdefgh", "ABCDEFGHIJKLMNOPQ", "0123456789", "https://acme.example/a?b=c", "!!!!!!!!!", "—", "é", "\u{0}", "\u{7F}", "\u{1F}",
                      "\u{21}", "~", " ", "  ", "\t", "\r\n", "\u{A0}", "\u{200B}", "\u{3000}", "中文", "😀", "-", "x"]
        for _ in 0..<1500 {
            var text = ""
            for _ in 0..<Int(samples.next() % 12) { text += samples.pick(pieces) }
            let result = TextMetrics.collapseCountingWords(text)
            let expected = Self.referenceCollapse(text)
            #expect(TextMetrics.collapse(text) == expected, "\(text.debugDescription)")
            #expect(result.text == expected, "\(text.debugDescription)")
            #expect(result.wordCount == TextMetrics.wordCount(expected), "\(text.debugDescription)")
        }
    }

    /// The one-pass byte count must count what the scalar walk counts, on raw (uncollapsed) text too.
    @Test func wordCountOnBytesAsByScalars() {
        var texts = TextSamples.corpus(seed: 0xC0DE)
        for first in Self.pieces { for second in Self.pieces { texts.append(first + second + " " + first) } }
        for text in texts {
            #expect(TextMetrics.wordCount(text) == TextMetrics.wordCountByScalars(text), "\(text.debugDescription)")
        }
    }
}
