import Testing
@testable import SpamLintKit

/// `WhitespaceWords` must cut a text into the words `split(whereSeparator: \.isWhitespace)` cuts.
struct WhitespaceWordsTests {
    static func words(_ text: String) -> (words: [String], asciiWords: Int) {
        var words: [String] = []
        var asciiWords = 0
        WhitespaceWords.forEach(in: text, ascii: { word in
            words.append(String(decoding: word, as: UTF8.self))
            asciiWords += 1
        }, mixed: { stretch in
            words += stretch.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        })
        return (words, asciiWords)
    }

    @Test func cutsWhereTheCharacterSplitCuts() {
        for text in TextSamples.corpus(seed: 0xC0FFEE, count: 600) {
            let expected = text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
            #expect(Self.words(text).words == expected, "\(text.debugDescription)")
        }
    }

    @Test(arguments: [
        // A space after a prepended mark belongs to the mark's character; a combining mark after a space to the space's.
        "\u{600} ABC", "ABC \u{301}DEF", "ABC\u{A0}DEF GHI", "x\r\ny", "\r\n\r\n", "é", "a é b", " \u{200D} ", "🇺🇸 🇺🇸",
        "\u{1F469}\u{200D} \u{1F4BB}", "tab\tseparated\u{0B}words\u{0C}here", "\u{85}NEL", "end\u{2028}line",
    ])
    func handlesGraphemeEdges(text: String) {
        #expect(Self.words(text).words == text.split(whereSeparator: { $0.isWhitespace }).map(String.init))
    }

    @Test func asciiWordsAreHandedOverAsBytes() {
        let result = Self.words("Hello there,\r\nGENERAL Kenobi é")
        #expect(result.words == ["Hello", "there,", "GENERAL", "Kenobi", "é"])
        // The space before "é" touches a non-ASCII byte, so "Kenobi é" goes to the Character path.
        #expect(result.asciiWords == 3)
    }
}

/// `PartsDifferRule.words` reads ASCII words as bytes; it must find the words the `Character` code found.
struct PartsDifferWordsTests {
    static func reference(_ text: String) -> Set<String> {
        var words: Set<String> = []
        for token in TemplateText.literal(text).lowercased().split(whereSeparator: { $0.isWhitespace }) {
            if token.contains("://") || token.hasPrefix("www.") || token.contains("@") { continue }
            for word in token.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) where word.count >= 2 {
                words.insert(String(word))
            }
        }
        return words
    }

    @Test func findsTheWordsTheCharacterCodeFound() {
        for text in TextSamples.corpus(seed: 0xD1FF) {
            #expect(PartsDifferRule.words(text) == Self.reference(text), "\(text.debugDescription)")
        }
    }

    @Test func leavesOutURLsAndAddresses() {
        #expect(PartsDifferRule.words("Visit WWW.Acme.example or https://acme.example/x, mail ann@acme.example: Spring-SALE x") == ["visit", "or", "mail", "spring", "sale"])
        #expect(PartsDifferRule.words("Visit wWw.acme.example ÉTÉ") == ["visit", "été"])
    }
}
