import Testing
@testable import SpamLintKit

/// `PhraseList.matches` compares token ids, looking ASCII tokens up by packed bytes; it must find
/// what comparing every token as a folded String found.
struct PhraseListTokenIDTests {
    /// Tokens around the packing limits (8 and 16 bytes), a NUL token, long tokens and mixed case.
    static let phrases = [
        "abcdefgh", "abcdefghi", "abcdefghijklmnop", "abcdefghijklmnopq", "Congratulations winner", "unsubscribe now",
        "\u{0} x", "a b c", "a b", "x1", "ORDER NOW", "100%", "$$$", "free", "free cash", "free cash now", "‘quoted’ deal",
        "\"quoted\" deal", "免费", "ÉCOLE", "straße", "ok !",
    ]

    @Test func findsWhatComparingFoldedStringsFound() {
        let list = PhraseList(Self.phrases)
        var texts = TextSamples.corpus(seed: 0x1D5, count: 400)
        texts += [
            "ABCDEFGH abcdefghi AbCdEfGhIjKlMnOp abcdefghijklmnopq abcdefghijklmnopqr abcdefg",
            "CONGRATULATIONS Winner! unsubscribe NOW \u{0} x a b c a b a",
            "Free cash now, free CASH, free; ’quoted’ deal ‘Quoted’ DEAL “quoted” deal",
            "école ÉCOLE E\u{301}COLE STRASSE Straße 免费免费 ok ! ok!",
        ]
        for (index, text) in texts.enumerated() where index % 3 == 0 {
            texts.append(text + " free cash ABCDEFGHIJKLMNOP " + text.uppercased())
        }
        #expect(PhraseListFilterTests.expectReferenceMatches(list, Self.phrases, in: texts) > 100)
    }

    @Test func aPhraseTokenCanonicallyEqualToASCIIStillMatchesLongAndShortTokens() {
        // U+037E is canonically ";": ASCII tokens then go through String equality.
        let phrases = ["wait\u{37E}", "abcdefghijklmnop", "free cash", "ok"]
        let list = PhraseList(phrases)
        for text in ["wait; ABCDEFGHIJKLMNOP free CASH ok", "WAIT\u{37E} ok; free cash", "abcdefghijklmnopq wait ;"] {
            #expect(PhraseListFilterTests.matches(list, text) == PhraseListFilterTests.reference(phrases, text))
        }
        #expect(PhraseListFilterTests.matches(list, "wait; FREE cash") == ["wait;→wait\u{37E}", "FREE cash→free cash"])
    }

    @Test func emptyAndWhitespaceTextsHaveNoMatch() {
        let list = PhraseList(Self.phrases)
        #expect(list.matches(in: "").isEmpty)
        #expect(list.matches(in: " \n\t\u{A0}").isEmpty)
    }

    @Test func tableFindsEveryInsertedTokenAndNoOther() {
        var table = ASCIITokenTable()
        var generator = TextSamples(seed: 0x7AB1E)
        var inserted: [String: Int32] = [:]
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789!$%;.")
        while inserted.count < 600 {
            let length = Int(generator.next() % 16) + 1
            let token = String((0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
            guard inserted[token] == nil else { continue }
            inserted[token] = Int32(inserted.count)
            table.insert(token, id: Int32(inserted.count - 1))
        }
        for (token, id) in inserted {
            let packed = ASCIITokenTable.packed(token.utf8)
            #expect(packed != nil)
            if let packed { #expect(table.id(low: packed.low, high: packed.high) == id, "\(token)") }
        }
        // Prefixes and extensions of inserted tokens are other keys.
        for token in inserted.keys.prefix(200) {
            for other in [String(token.dropLast()), token + "z", "z" + token] where inserted[other] == nil {
                if let packed = ASCIITokenTable.packed(other.utf8) { #expect(table.id(low: packed.low, high: packed.high) == -1, "\(other)") }
            }
        }
        #expect(ASCIITokenTable.packed("abcdefghijklmnopq".utf8) == nil)
        #expect(ASCIITokenTable.packed("é".utf8) == nil)
        #expect(ASCIITokenTable.packed("a\u{0}".utf8) == nil)
        #expect(ASCIITokenTable.packed("".utf8) == nil)
    }
}
