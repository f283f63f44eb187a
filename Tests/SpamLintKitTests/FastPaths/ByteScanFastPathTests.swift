import Foundation
import Testing
@testable import SpamLintKit

/// Byte-level replacements of String and Character code: the answers must be those of the code they replaced.
struct ByteScanFastPathTests {
    @Test func nonSpacerCountIsThatOfFilteringScalars() {
        let extra = ["\u{AD}\u{34F}\u{180E}\u{2000}\u{200F}\u{2060}\u{FEFF}\u{3000}", "a\u{A0}b\u{2028}c\u{205F}d", "\u{1F600}\u{A0}\u{10FFFF}", "é\u{301}"]
        for text in TextSamples.corpus(seed: 0x5BACE) + extra {
            #expect(TextMetrics.nonSpacerScalarCount(text) == text.unicodeScalars.filter { !TextMetrics.isSpacer($0) }.count,
                    "\(text.debugDescription)")
        }
    }

    @Test func collapseOfLongMixedTextsIsTheScalarCollapse() {
        func reference(_ text: String) -> String { TextMetricsFastPathTests.referenceCollapse(text) }
        for text in TextSamples.corpus(seed: 0xC011A) {
            #expect(TextMetrics.collapse(text) == reference(text), "\(text.debugDescription)")
        }
    }

    /// The rule's word loop before it read ASCII words as bytes.
    static func referenceURLWord(_ text: String) -> String? {
        for token in text.split(whereSeparator: \.isWhitespace) {
            let word = String(token)
            let lower = word.lowercased()
            guard lower.contains("://") || lower.contains("www.") || lower.contains("/"),
                  DomainMention.host(shownBy: word) != nil else { continue }
            return word
        }
        return nil
    }

    @Test func subjectURLWordIsThatOfSplittingCharacters() {
        let pieces = ["https://acme.example/sale", "WWW.ACME.EXAMPLE", "wWw.acme.example", "www.", "acme.example/x", "a/b", "and/or",
                      "http://", "ftp://x.example", "www.ﬁ.example", "https://例え.jp/", "www.acme.example\u{301}", "/path", "1/2",
                      "www\u{A0}acme.example", "x.com/", "ＷＷＷ.acme.example", "acme.com’s/", "«www.acme.example»"]
        var samples = TextSamples(seed: 0x5B1)
        var texts = pieces
        var found = 0
        for _ in 0..<500 {
            var text = samples.text(pieces: Int(samples.next() % 8), unicodeShare: samples.next() % 4)
            if samples.next() % 2 == 0 { text += samples.pick([" ", "\u{A0}", "", "\u{301} "]) + samples.pick(pieces) }
            text += samples.text(pieces: Int(samples.next() % 4), unicodeShare: samples.next() % 3)
            texts.append(text)
        }
        for text in texts {
            let expected = Self.referenceURLWord(text)
            if expected != nil { found += 1 }
            #expect(URLInSubjectRule.firstURLWord(in: text) == expected, "\(text.debugDescription)")
        }
        #expect(found > 100)
    }

    @Test func headerNamesMatchAsWithIterators() {
        let names = ["Subject", "subject", "SUBJECT", "Subjects", "Subjec", "Message-ID", "message-id", "X@", "X`", "[", "{", "", "a",
                     "\u{212A}ey", "Key", "KEY", "Stra\u{DF}e", "STRASSE", "strasse", "İd", "id", "ID", "ı", "I", "Ｘ-Mailer", "x-mailer",
                     "Content-Type", "content-type", "Content-Typ\u{E9}", "CONTENT-TYP\u{C9}", "List-Unsubscribe", "List-Unsubscribe-Post"]
        for name in names {
            for wanted in names {
                #expect(HeaderList.namesMatch(name, wanted) == HeaderList.slowNamesMatch(name, wanted), "\(name) \(wanted)")
            }
        }
        #expect(HeaderList.namesMatch("CONTENT-TYPE", "content-type") && !HeaderList.namesMatch("Content-Type", "Content-Typ"))
    }
}
