/// Flags a body in which a large share of the words is written in capitals.
struct BodyShoutingRule: Rule {
    init() {}

    /// Fewer words than this cannot tell shouting from a heading and a button.
    static let minimumWords = 15
    static let shoutedShare = 0.5

    let description = RuleDescription(
        id: "body-shouting", name: "Body in capitals", category: .content, severity: .warning, score: 1.0,
        summary: "Half or more of the visible body words (of 3+ letters, short acronyms aside) are in capitals.",
        rationale: """
            Mirrors SpamAssassin's UPPERCASE_50_75 / UPPERCASE_75_100 (body mostly upper-case, up to 1.5): shouting \
            is typical of spam and hard to read. Words of three or four capitals (USA, FAQ, HTML) are counted as \
            acronyms and ignored, as are words with digits and template placeholders.
            """,
        fix: "Write the body in sentence case; use bold or a heading for emphasis instead of capitals.",
        triggeringExamples: [
            RuleExample("↓<p>ACT NOW AND CLAIM YOUR EXCLUSIVE CASH REWARD BEFORE MIDNIGHT. THIS INCREDIBLE OFFER WILL NEVER BE REPEATED AGAIN, SO HURRY AND CLICK BELOW TODAY! THOUSANDS OF HAPPY WINNERS ALREADY RECEIVED THEIR PAYMENTS.</p>"),
        ],
        nonTriggeringExamples: [
            RuleExample("<h1>ORDER CONFIRMED</h1><p>Thanks for your order. We will send another email when the parcel leaves our warehouse in the USA. Read our FAQ for shipping times.</p>"),
            RuleExample("<p>HI THERE FRIEND</p>"),
        ]
    )

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        let bodies: [(String, SourcePosition)] = document.htmlBodies.isEmpty
            ? document.textBodies.map { ($0.literalText, $0.position) }
            : document.htmlBodies.map { ($0.literalVisibleText, $0.position) }
        return bodies.compactMap { text, position in
            let tally = Self.tally(text)
            guard tally.isShouting else { return nil }
            let share = Int((100.0 * Double(tally.shoutedCount) / Double(tally.considered)).rounded())
            return Violation("\(share)% of the body's words are in capitals", evidence: tally.evidence.joined(separator: " "),
                             at: position)
        }
    }

    /// How many words count, how many of them are shouted, and the first shouted words as written.
    struct Tally: Equatable {
        var considered = 0
        var shoutedCount = 0
        var evidence: [String] = []

        /// Enough words, and enough of them shouted, for the rule to fire.
        var isShouting: Bool {
            considered >= BodyShoutingRule.minimumWords && Double(shoutedCount) / Double(considered) >= BodyShoutingRule.shoutedShare
        }
    }

    static let evidenceWords = 8

    /// Spaced words (`SpacedWord`) are counted: one with a number is skipped, one with fewer than three
    /// cased letters too, and an all-capitals word of three or four letters is an acronym.
    ///
    /// The count ends once the text left cannot bring the shouted share to `shoutedShare`: every word
    /// still to count takes at least four bytes (a spacer and three letters), all of them shouted at
    /// best. The tally is then partial and the rule does not fire, as it would not on the whole count.
    static func tally(_ text: String) -> Tally {
        var tally = Tally()
        let length = text.utf8.count
        SpacedText.forEachSpacedWord(in: text) { word in
            if !word.hasNumber, word.cased >= 3, !(word.lowercase == 0 && word.cased <= 4) {
                tally.considered += 1
                if word.lowercase == 0 {
                    tally.shoutedCount += 1
                    if tally.evidence.count < evidenceWords { tally.evidence.append(word.text) }
                }
            }
            let most = (length - word.end) / 4
            return Double(tally.shoutedCount + most) >= shoutedShare * Double(tally.considered + most)
        }
        return tally
    }
}
