import Testing
@_spi(CLI) @testable import SpamLintKit

/// The text layer's specification (`TextScanner`): what a text is cut into, what it collapses to,
/// how its words, capitals and phrases are counted. Each row is one case of the definition.
struct TextLayerSpecTests {
    /// Pieces as `w:` word or `s:` symbol; spacers only separate.
    struct PieceRow: Sendable {
        var text: String
        var pieces: [String]
        var collapsed: String
        /// Spaced words holding a word.
        var wordCount: Int
    }

    static let pieceRows: [PieceRow] = [
        PieceRow(text: "Hello, world — 42 !!! ", pieces: ["w:Hello", "s:,", "w:world", "s:—", "w:42", "s:!", "s:!", "s:!"],
                 collapsed: "Hello, world — 42 !!!", wordCount: 3),
        // Combining marks stay in their word; a mark with no word before it is a symbol.
        PieceRow(text: "cafe\u{301} CAFÉ \u{301}x", pieces: ["w:cafe\u{301}", "w:CAFÉ", "s:\u{301}", "w:x"],
                 collapsed: "cafe\u{301} CAFÉ \u{301}x", wordCount: 3),
        // Punctuation splits words but not spaced words.
        PieceRow(text: "don't e-mail", pieces: ["w:don", "s:'", "w:t", "w:e", "s:-", "w:mail"], collapsed: "don't e-mail", wordCount: 2),
        // Unspaced scripts: a word per letter.
        PieceRow(text: "日本語です。", pieces: ["w:日", "w:本", "w:語", "w:で", "w:す", "s:。"], collapsed: "日本語です。", wordCount: 1),
        // Zero-width and invisible characters are spacers, like white space.
        PieceRow(text: "\u{FEFF}a\u{200B}b\u{A0}c\u{AD}d\u{2028}\u{85}e\u{3000}", pieces: ["w:a", "w:b", "w:c", "w:d", "w:e"],
                 collapsed: "a b c d e", wordCount: 5),
        // Letters and digits of any script, numbers of any kind.
        PieceRow(text: "x²½ Ⅻ Ωμέγα٣", pieces: ["w:x²½", "w:Ⅻ", "w:Ωμέγα٣"], collapsed: "x²½ Ⅻ Ωμέγα٣", wordCount: 3),
        PieceRow(text: "FREE\u{1F600}money — !!", pieces: ["w:FREE", "s:\u{1F600}", "w:money", "s:—", "s:!", "s:!"],
                 collapsed: "FREE\u{1F600}money — !!", wordCount: 1),
        PieceRow(text: " \t\r\n ", pieces: [], collapsed: "", wordCount: 0),
        PieceRow(text: "", pieces: [], collapsed: "", wordCount: 0),
    ]

    struct PieceSink: TextSink {
        var pieces: [String] = []
        mutating func spacer(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {}
        mutating func asciiWord(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {
            pieces.append("w:" + TextScanner.string(bytes, start, end))
        }
        mutating func word(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) { pieces.append("w:" + TextScanner.string(bytes, start, end)) }
        mutating func symbol(_ scalar: Unicode.Scalar, start: Int, end: Int) { pieces.append("s:" + String(scalar)) }
    }

    @Test(arguments: pieceRows)
    func pieces(_ row: PieceRow) {
        var sink = PieceSink()
        TextScanner.scan(row.text, into: &sink)
        #expect(sink.pieces == row.pieces, "\(row.text.debugDescription)")
        #expect(SpacedText.collapse(row.text) == row.collapsed)
        #expect(SpacedText.wordCount(row.text) == row.wordCount)
        #expect(SpacedText.collapseCountingWords(row.text) == (row.collapsed, row.wordCount))
        #expect(SpacedText.nonSpacerScalarCount(row.text) == row.collapsed.unicodeScalars.filter { $0 != " " }.count)
    }

    /// Case from each scalar's properties, per spaced word: text, capitals, small letters, holds a number.
    static let caseRows: [(String, [String])] = [
        ("TODAY! Straße ΑΘΗΝΑ e\u{301} x2 ǅ", ["TODAY! 5 0 -", "Straße 1 5 -", "ΑΘΗΝΑ 5 0 -", "e\u{301} 0 1 -", "x2 0 1 n", "ǅ 0 0 -"]),
        ("MÜLLER’S\u{A0}don’t", ["MÜLLER’S 7 0 -", "don’t 0 4 -"]),
    ]

    @Test func caseIsCountedPerScalar() {
        for (text, expected) in Self.caseRows {
            var words: [String] = []
            SpacedText.forEachSpacedWord(in: text) { word in
                words.append("\(word.text) \(word.uppercase) \(word.lowercase) \(word.hasNumber ? "n" : "-")")
                return true
            }
            #expect(words == expected)
        }
    }

    @Test func foldingIsPerScalar() {
        let rows = [("ÉCOLE", "école"), ("İ", "i\u{307}"), ("ΣΑΣ", "σασ"), ("ß", "ß"), ("Ǆ", "ǆ")]
        for (text, folded) in rows { #expect(TextScanner.fold(text) == folded) }
        #expect(PhraseList(["don't", "\"x\""]).matches(in: "DON’T “X”").map(\.phrase) == ["don't", "\"x\""])
    }

    /// Phrases match whole tokens in order, case and spacing aside.
    static let phraseRows: [(text: String, matches: [String])] = [
        ("FREE\u{200B}money", ["free money"]),
        ("100% FREE now, 100 % free", ["100 % free", "100 % free"]),
        ("Save 20 today; save twenty", ["save <number>"]),
        ("Order #123", ["order #"]),
        ("freedom money", []),
        ("¡GRATIS! ya", ["¡gratis!"]),
        ("日本語", ["日本"]),
        ("free money money", ["free money"]),
        ("free", []),
    ]

    @Test func phrasesMatchTokens() {
        let list = PhraseList(["free money", "100 % free", "save <number>", "order #", "¡gratis!", "日本", "money money money"])
        for row in Self.phraseRows {
            #expect(list.matches(in: row.text).map(\.phrase) == row.matches, "\(row.text)")
        }
        let text = "Get FREE  money"
        #expect(list.matches(in: text).map { String(text[$0.range]) } == ["FREE  money"])
    }

    /// Every rule that reads words reads `TextScanner`'s: a decomposed accent stays in its word for the
    /// word count, the capitals, the parts comparison and phrase matching alike.
    @Test func theWordIsDefinedOnce() {
        let text = "E\u{301}COLE ÉTÉ école"
        #expect(SpacedText.wordCount(text) == 3)
        #expect(BodyShoutingRule.tally(text).considered == 2, "école is counted; ÉTÉ is an acronym-length word of capitals")
        #expect(PartsDifferRule.words(text) == ["e\u{301}cole", "été", "école"])
        #expect(PhraseList(["école"]).matches(in: text).count == 2, "É written decomposed equals the composed É")
    }

    /// The wording lists are data: every phrase of the shipped files is matched, so a phrase added to a
    /// file is matched with no code change, and a phrase list file read the same way matches what it lists.
    @Test func wordingListFilesAreTheOnlySource() throws {
        for (path, judge) in [("lists/transactional-wording.txt", MessagePurpose.soundsTransactional),
                              ("lists/promotional-wording.txt", MessagePurpose.soundsPromotional)] {
            let file = try #require(BuiltInRuleFiles.text(path))
            var phrases = 0
            for line in file.split(separator: "\n") where !line.hasPrefix("#") {
                let phrase = line.replacing("<number>", with: "25")
                #expect(judge("Hello, \(phrase)."), "\(path): \(phrase)")
                phrases += 1
            }
            #expect(phrases > 20)
        }
        #expect(!MessagePurpose.soundsPromotional("wholesale account"))
        let added = PhraseList(listText: "# wording\nrefund issued # a new line\norder #\n")
        #expect(added.matches(in: "Your Refund  Issued for ORDER #4").map(\.phrase) == ["refund issued", "order #"])
    }
}
