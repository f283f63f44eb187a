/// Seeded random text for the fast-path tests: ASCII words and punctuation mixed with the
/// characters where byte scans and `Character` properties could part ways (CR LF, no-break and
/// other Unicode spaces, combining marks, cased letters outside ASCII, digits of other scripts,
/// prepended and zero-width characters, ideographs, emoji).
struct TextSamples {
    private var state: UInt64

    init(seed: UInt64) { state = seed | 1 }

    static let asciiPieces = [
        "FREE", "free", "Free", "CASH", "now", "USA", "FAQ", "HTML", "Winner", "ORDER", "a", "I", "ok", "x1", "100%",
        "2024", "A1B2", "https://acme.example/u", "www.acme.example", "ann@acme.example", "it's", "e-mail", "!!!",
        "$$$", "F.R.E.E", "{{ name }}", "*|FNAME|*", "%%addr%%", "<%x%>", "[unsub]", "unsubscribe", "opt-out",
        "Preferences", "P.O. Box 12", "548 Market St", "CA 94104", "SW1A 2AA", "K1A 0B1", "receipt", "SALE", "Sale",
        "20% off", "Rechnung", "newsletter", "foo_bar", "x.y", "Ab", "ABCDE", "abcde", "ÀB", "\u{7F}", "\u{0}",
    ]

    static let specialPieces = [
        " ", " ", "  ", "\t", "\n", "\r\n", "\r", "\u{0B}", "\u{0C}", "\u{A0}", "\u{2003}", "\u{3000}", "\u{85}",
        "\u{2028}", "\u{200B}", "\u{FEFF}", "\u{301}", "\u{345}", "\u{600}", "\u{200D}", "É", "é", "ÉCOLE", "école",
        "Ω", "ω", "ß", "ẞ", "İ", "ı", "ǅ", "Ⅻ", "ⅻ", "٣", "²", "½", "中文", "ｆｒｅｅ", "ＦＲＥＥ", "😀", "🇺🇸", "e\u{301}",
        "E\u{301}TÉ", "Straße", "ÖL", "ÄÖÜ", "Ünïcödé", "’", "“", "”", "—", "·", "〒100-0005", "отписаться", "ОТПИСКА",
        "配信停止", "退订", "취소", "ç", "Ç", "ﬁ", "ŉ", "\u{1F1FA}", "a\u{308}", "\u{308}", "\u{1100}\u{1161}",
    ]

    mutating func next() -> UInt64 {
        // xorshift64*: deterministic across runs and platforms.
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return state &* 2_685_821_657_736_338_717
    }

    mutating func pick(_ pieces: [String]) -> String { pieces[Int(next() % UInt64(pieces.count))] }

    /// A text of `pieces` pieces; `unicodeShare` out of 8 pieces come from the special list.
    mutating func text(pieces: Int, unicodeShare: UInt64) -> String {
        var text = ""
        for _ in 0..<pieces {
            text += next() % 8 < unicodeShare ? pick(Self.specialPieces) : pick(Self.asciiPieces)
            if next() % 3 != 0 { text += next() % 5 == 0 ? "\n" : " " }
        }
        return text
    }

    /// ASCII-only and mixed texts, short and long.
    static func corpus(seed: UInt64, count: Int = 400) -> [String] {
        var samples = TextSamples(seed: seed)
        var texts = ["", " ", "\r\n", "ABC", "ABCDE", "ABCDE\r\nFGHIJ", "\u{A0}ABCDE\u{A0}", " \u{301}ABCDE", "\u{600} ABCDE"]
        for index in 0..<count {
            let share: UInt64 = index % 4 == 0 ? 0 : UInt64(index % 4)
            texts.append(samples.text(pieces: 1 + Int(samples.next() % 60), unicodeShare: share))
        }
        return texts
    }
}
