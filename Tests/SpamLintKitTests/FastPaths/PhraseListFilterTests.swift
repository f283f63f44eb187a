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

    /// Expects `list` to find in each text what the reference finds; returns how many matches there were.
    static func expectReferenceMatches(_ list: PhraseList, _ phrases: [String], in texts: [String]) -> Int {
        var matched = 0
        for text in texts {
            let expected = reference(phrases, text)
            matched += expected.count
            #expect(matches(list, text) == expected, "\(text.debugDescription)")
        }
        return matched
    }

    @Test func findsWhatMatchingEveryTokenFound() {
        let list = PhraseList(Self.phrases)
        var texts = TextSamples.corpus(seed: 0xF1173, count: 500)
        texts += ["FREE!!! Act NOW, 100 % Free cash", "Café CAFE\u{301} cafe\u{301} naı̈ve", "¡GRATIS! kostenlos 免费", "risk-free RISK - FREE"]
        #expect(Self.expectReferenceMatches(list, Self.phrases, in: texts) > 100)
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

/// `PhraseList.tokens` walks UTF-8 bytes; it must cut and fold as the Unicode-scalar walk did.
struct PhraseTokenizerTests {
    /// The tokenizer as it was, on `unicodeScalars`.
    static func reference(_ text: String) -> [(String, Range<String.Index>)] {
        var tokens: [(String, Range<String.Index>)] = []
        let scalars = text.unicodeScalars
        var wordStart: String.Index?
        func closeWord(at end: String.Index) {
            guard let start = wordStart else { return }
            tokens.append((String(scalars[start..<end]).lowercased(), start..<end))
            wordStart = nil
        }
        func isMark(_ scalar: Unicode.Scalar) -> Bool {
            [.nonspacingMark, .spacingMark, .enclosingMark].contains(scalar.properties.generalCategory)
        }
        func fold(_ scalar: Unicode.Scalar) -> String {
            switch scalar {
            case "\u{2019}", "\u{2018}", "\u{02BC}": "'"
            case "\u{201C}", "\u{201D}": "\""
            default: String(scalar).lowercased()
            }
        }
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            let value = scalar.value
            let unspaced = (0x0E00...0x0E7F).contains(value) || (0x3040...0x30FF).contains(value) || (0x3400...0x4DBF).contains(value)
                || (0x4E00...0x9FFF).contains(value) || (0xF900...0xFAFF).contains(value) || (0x20000...0x2FFFF).contains(value)
            if scalar.properties.isWhitespace && (value >= 0x80 || (0x09...0x0D).contains(value) || value == 0x20) {
                closeWord(at: index)
            } else if value < 0x80, !(scalar.properties.isAlphabetic || (0x30...0x39).contains(value)) {
                closeWord(at: index)
                tokens.append((String(Character(scalar)), index..<next))
            } else if unspaced {
                closeWord(at: index)
                tokens.append((String(Character(scalar)), index..<next))
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if wordStart == nil { wordStart = index }
            } else if wordStart != nil, isMark(scalar) {
            } else {
                closeWord(at: index)
                tokens.append((fold(scalar), index..<next))
            }
            index = next
        }
        closeWord(at: scalars.endIndex)
        return tokens
    }

    @Test func cutsAndFoldsAsTheScalarWalkDid() {
        var texts = TextSamples.corpus(seed: 0x70CE, count: 500)
        texts += ["Ünïcödé’s “quotes” 免费 ไทย ｆｒｅｅ 𠀀x 😀a\u{301}", "x\u{0}\u{7F}y", "\u{85}\u{A0}\u{2028}word", "a\u{300}\u{300}b"]
        for text in texts {
            let actual = PhraseList.tokens(in: text).map { ($0.folded, $0.range) }
            let expected = Self.reference(text)
            #expect(actual.map(\.0) == expected.map(\.0), "\(text.debugDescription)")
            #expect(actual.map(\.1) == expected.map(\.1), "\(text.debugDescription)")
        }
    }
}
