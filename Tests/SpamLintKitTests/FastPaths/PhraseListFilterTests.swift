import Testing
@testable import SpamLintKit

/// The phrase matcher skips ASCII tokens that equal no phrase token; it must find what matching
/// every token found.
struct PhraseListFilterTests {
    static let phrases = [
        "free", "100% free", "act now", "click here", "¡gratis!", "kostenlos", "免费", "winner", "cash", "risk-free", "$$$",
        "limited time offer", "é", "café", "naïve", "a", "extraordinarily long phrase token", "order now!", "ſale", "K",
    ]

    /// Matching with every token folded and looked up, as before the filter.
    static func reference(_ list: [String], _ text: String) -> [String] {
        let phraseTokens = list.map { PhraseList.tokens(in: $0).map(\.folded) }
        let tokens = PhraseList.tokens(in: text)
        var found: [String] = []
        var index = 0
        while index < tokens.count {
            var best: (phrase: Int, length: Int)?
            for (candidate, wanted) in phraseTokens.enumerated() where !wanted.isEmpty && wanted[0] == tokens[index].folded {
                guard wanted.count <= tokens.count - index, wanted.count > (best?.length ?? 0) else { continue }
                if (1..<wanted.count).allSatisfy({ tokens[index + $0].folded == wanted[$0] }) { best = (candidate, wanted.count) }
            }
            if let best {
                found.append(String(text[tokens[index].range.lowerBound..<tokens[index + best.length - 1].range.upperBound]) + "→" + list[best.phrase])
                index += best.length
            } else {
                index += 1
            }
        }
        return found
    }

    static func matches(_ list: PhraseList, _ text: String) -> [String] {
        list.matches(in: text).map { String(text[$0.range]) + "→" + $0.phrase }
    }

    @Test func findsWhatMatchingEveryTokenFound() {
        let list = PhraseList(Self.phrases)
        var texts = TextSamples.corpus(seed: 0xF1173, count: 500)
        texts += ["FREE!!! Act NOW, 100 % Free cash", "Café CAFE\u{301} cafe\u{301} naı̈ve", "¡GRATIS! kostenlos 免费", "risk-free RISK - FREE"]
        var matched = 0
        for text in texts {
            let expected = Self.reference(Self.phrases, text)
            matched += expected.count
            #expect(Self.matches(list, text) == expected, "\(text.debugDescription)")
        }
        #expect(matched > 100)
    }

    @Test func aPhraseTokenCanonicallyEqualToASCIITurnsTheFilterOff() {
        // U+037E GREEK QUESTION MARK is canonically ";", U+212A KELVIN SIGN is "K".
        #expect(ASCIITokenFilter.mayEqualASCII("\u{37E}"))
        #expect(ASCIITokenFilter.mayEqualASCII("a\u{212A}"))
        #expect(!ASCIITokenFilter.mayEqualASCII("é"))
        #expect(!ASCIITokenFilter.mayEqualASCII("免"))
        let list = PhraseList(["wait\u{37E}"])
        #expect(Self.matches(list, "wait; what") == ["wait;→wait\u{37E}"])
        var filter = ASCIITokenFilter()
        filter.insert("\u{37E}")
        #expect(filter.keeps(first: UInt8(ascii: "q"), length: 3))
    }

    @Test func keepsOnlyFirstBytesAndLengthsOfPhraseTokens() {
        var filter = ASCIITokenFilter()
        filter.insert("free")
        filter.insert("免费")
        filter.insert("extraordinarily")
        #expect(filter.keeps(first: UInt8(ascii: "f"), length: 4))
        #expect(!filter.keeps(first: UInt8(ascii: "f"), length: 5))
        #expect(!filter.keeps(first: UInt8(ascii: "g"), length: 4))
        // Lengths of 15 and more share one slot.
        #expect(filter.keeps(first: UInt8(ascii: "e"), length: 40))
    }
}
