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
        func reference(_ text: String) -> String {
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

/// File-name extensions are read on bytes for ASCII names; Foundation's answers stand.
struct PathExtensionFastPathTests {
    @Test func extensionIsFoundationsForEveryShapeOfName() {
        var names = ["", ".", "..", "...", "a", "a.", ".a", "..a", "a..", "a..b", "a.b.c", "x.EML", "x.eml", "x.html ", " .eml", "a.b.",
                     ".a.b", "..eml", "x.tar.gz", "noext", "é.eml", "x.émL", "a\u{301}.eml", "x.e\u{301}ml", "x.\u{301}eml", "a/b.c", "a.b/c",
                     "x\r\n.eml", "x.\r\n", "CON.", "~", "~.eml", "x.eml~"]
        var generator = TextSamples(seed: 0xE47)
        let alphabet = Array("ab.E.-_ ~\u{A0}é")
        for _ in 0..<600 {
            let length = Int(generator.next() % 7)
            names.append(String((0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }))
        }
        for name in names {
            #expect(InputCollector.pathExtension(ofName: name) == (name as NSString).pathExtension, "\(name.debugDescription)")
        }
    }
}

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

/// The folding-character check skips ASCII in strides; it must find what searching every byte found.
struct FoldingCharacterSearchTests {
    @Test func findsEveryFoldingCharacterAtEveryOffset() {
        for value in RequiredLiterals.mayFoldToASCII {
            let character = String(Unicode.Scalar(value)!)
            for prefix in 0..<20 {
                for filler in ["a", "é", "\u{2019}"] {
                    var text = String(repeating: filler, count: prefix) + character + String(repeating: "b", count: prefix % 9)
                    let found = text.withUTF8 { RequiredLiterals.holdsCharacterFoldingToASCII($0) }
                    #expect(found, "\(String(value, radix: 16)) after \(prefix) \(filler)")
                }
            }
        }
    }

    @Test func answersAsTheWholeTextSearch() {
        var texts = TextSamples.corpus(seed: 0xF01D)
        texts += ["\u{C3}", "Ã", "Ä", "ẕ", "ẛ", "ẟ", "\u{2129}", "\u{212B}", "\u{FB07}", "\u{FB13}", "ſ", "ß"]
        var hits = 0
        for var text in texts {
            let expected = text.withUTF8 { RequiredLiterals.holdsCharacterFoldingToASCIIBySearch($0) }
            if expected { hits += 1 }
            #expect(text.withUTF8 { RequiredLiterals.holdsCharacterFoldingToASCII($0) } == expected, "\(text.debugDescription)")
        }
        #expect(hits > 20)
    }
}

/// Link-punycode looks at a host only when a label starts with "xn--" or is not ASCII; bytes decide that.
struct PunycodeHostFilterTests {
    @Test func filterAgreesWithSplittingIntoLabels() {
        var hosts = ["", ".", "xn--", "xn--p1ai", "a.xn--p1ai", "axn--b.com", "a..xn--b", "XN--P1AI", "xn-", "a.xn-", "例え.jp", "exämple.com",
                     "e\u{301}.com", ".\u{301}xn--", "xn--\u{301}", "a.b.c", "xn--.", "-.xn--", "a\r\n.xn--b", "ｘｎ--a.com"]
        var generator = TextSamples(seed: 0x1D4)
        let alphabet = Array("xn-.a\u{301}é")
        for _ in 0..<800 {
            let length = Int(generator.next() % 9)
            hosts.append(String((0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }))
        }
        var positives = 0
        for host in hosts {
            let expected = host.split(separator: ".").contains(where: { $0.hasPrefix("xn--") || !$0.allSatisfy(\.isASCII) })
            if expected { positives += 1 }
            #expect(LinkPunycodeRule.mayBeInternationalized(host) == expected, "\(host.debugDescription)")
        }
        #expect(positives > 100)
    }
}

/// Link-redirector skips decoding a query that cannot hold a web URL; where it skips, none may be found.
struct RedirectorQueryFilterTests {
    @Test func skippedQueriesHoldNoWebURL() {
        let pieces = ["u=", "url=", "q=", "&", ";", "+", "%20", "%68ttp://x.example", "http://a.example", "HTTPS://B.EXAMPLE/x", "hTtP://c.example",
                      "ttp://d.example", "htt", "p", "h", "://", "e.example", "%", "%2", "\u{FEFF}", "\u{2000}", "é", "İ", "\u{212A}", "#", "?", "=",
                      "https%3A%2F%2Fx.example", "www.x.example", "ｈｔｔｐ://x.example",
                      "&u=http://a.example", "&q=%68ttp://x.example", "&url=+HTTPS://y.example", "&to=%20http://z.example"]
        var generator = TextSamples(seed: 0x9E1)
        var skipped = 0
        var carried = 0
        for _ in 0..<1500 {
            var href = "https://r.example/go?"
            for _ in 0..<Int(1 + generator.next() % 8) { href += generator.pick(pieces) }
            guard let url = ParsedURL(href) else { continue }
            let hasWebURL = url.queryItems.contains { OpenRedirectorList.isWebURL($0.value) }
            if hasWebURL { carried += 1 }
            if !LinkRedirectorRule.queryMayCarryWebURL(url.rest) {
                skipped += 1
                #expect(!hasWebURL, "\(href.debugDescription)")
            }
        }
        #expect(skipped > 200 && carried > 50, "\(skipped) \(carried)")
    }
}
