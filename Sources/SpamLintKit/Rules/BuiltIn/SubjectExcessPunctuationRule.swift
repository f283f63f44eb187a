/// Flags subjects with runs of exclamation or question marks, money signs, or letters spaced out by punctuation.
struct SubjectExcessPunctuationRule: Rule {
    init() {}

    let description = RuleDescription(
        id: "subject-excess-punctuation", name: "Excess punctuation in subject", category: .content, severity: .info,
        score: 0.5,
        summary: "The subject has !!, ??, !?, $$, three or more !/?, or words spelled out with punctuation (F.R.E.E).",
        rationale: """
            Mirrors SpamAssassin's PLING_PLING / PLING_QUERY (subject has !! or !?, 0.1–0.5), \
            SUBJ_OBFU_PUNCT_FEW (0.5) and SUBJ_OBFU_PUNCT_MANY (2.0, letters split by punctuation to dodge word \
            filters) and SUBJ_DOLLARS; Mailchimp's and Gmail's guidance warn against excessive punctuation. Each is \
            a small signal, so the rule is informational unless the subject spells words out with punctuation \
            (three times the score).
            """,
        fix: "Use at most one ! or ? and no $$$; write words normally.",
        triggeringExamples: [
            RuleExample("From: Acme <news@acme.example>\n↓Subject: Last chance!!!\n\nSale\n"),
            RuleExample("From: Acme <news@acme.example>\n↓Subject: Are you ready?!\n\nSale\n"),
            RuleExample("---\n↓subject: \"Get $$$ back: F.R.E.E offer\"\n---\n<p>Sale</p>\n"),
        ],
        nonTriggeringExamples: [
            RuleExample("From: Acme <news@acme.example>\nSubject: Your order has shipped!\n\nHi\n"),
            RuleExample("From: Acme <news@acme.example>\nSubject: Ready for the U.S. launch? Save $20\n\nHi\n"),
            RuleExample("---\nsubject: \"{{ subject }}\"\n---\n<p>Hi</p>\n"),
        ]
    )

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        guard let subject = document.subject, let text = document.literalSubject, let header = document.headers.first("subject") else { return [] }
        var reasons: [String] = []
        var factor = 1.0
        if Self.longestRun(in: text, of: Self.marks) >= 2 { reasons.append("repeated !/?") }
        if reasons.isEmpty, Self.markCount(in: text) >= 3 { reasons.append("three or more !/?") }
        if Self.longestRun(in: text, of: Self.currencySigns) >= 2 { reasons.append("repeated currency signs") }
        if let word = Self.spelledOutWord(in: text) {
            reasons.append("letters split by punctuation (\(word))")
            factor = 3.0
        }
        guard !reasons.isEmpty else { return [] }
        return [Violation("subject has \(reasons.joined(separator: ", "))", evidence: subject, at: header.position,
                          scoreFactor: factor)]
    }

    static func markCount(in text: String) -> Int {
        var text = text
        if let asciiSet = asciiMembers[marks],
           let count = text.withUTF8({ ASCIIByte.allASCII($0) ? $0.count(where: asciiSet.contains) : nil }) { return count }
        return text.count(where: { marks.contains($0) })
    }

    static func longestRun(in text: String, of characters: String) -> Int {
        if let asciiSet = asciiMembers[characters] {
            var text = text
            // CR LF is one character but two bytes; neither is a member, as the pair is not.
            if let run = text.withUTF8({ ASCIIByte.allASCII($0) ? longestRun(of: $0, where: asciiSet.contains) : nil }) { return run }
        }
        return longestRun(of: text, where: characters.contains)
    }

    /// The ASCII characters of the sets this rule counts; an ASCII text holds no other of their characters.
    static let asciiMembers: [String: Set<UInt8>] = Dictionary(uniqueKeysWithValues: [marks, currencySigns].map { set in
        (set, Set((0..<128).map(UInt8.init).filter { set.contains(Character(Unicode.Scalar($0))) }))
    })

    static let marks = "!?！？"
    static let currencySigns = "$€£¥"

    /// The longest run of consecutive elements that are members (characters of a text, or its ASCII bytes).
    private static func longestRun<Elements: Sequence>(of elements: Elements, where isMember: (Elements.Element) -> Bool) -> Int {
        var longest = 0
        var current = 0
        for element in elements {
            current = isMember(element) ? current + 1 : 0
            longest = max(longest, current)
        }
        return longest
    }

    private static let separatorBytes = Set(".-*_~|".utf8)

    /// A run of at least four single letters joined by one repeated punctuation mark (`F.R.E.E`, `V-I-A-G-R-A`).
    static func spelledOutWord(in text: String) -> String? {
        // Four letters need three separators of one kind; most subjects have none, so skip the grapheme walk.
        var separatorCounts: [UInt8: Int] = [:]
        for byte in text.utf8 where Self.separatorBytes.contains(byte) { separatorCounts[byte, default: 0] += 1 }
        guard separatorCounts.values.contains(where: { $0 >= 3 }) else { return nil }
        let characters = Array(text)
        func isSingleLetter(_ index: Int) -> Bool {
            characters[index].isLetter && (index == 0 || !characters[index - 1].isLetter)
                && (index + 1 == characters.count || !characters[index + 1].isLetter)
        }
        var index = 0
        while index < characters.count {
            guard isSingleLetter(index) else { index += 1; continue }
            var end = index
            let separator = end + 1 < characters.count ? characters[end + 1] : " "
            while ".-*_~|".contains(separator), end + 2 < characters.count, characters[end + 1] == separator, isSingleLetter(end + 2) {
                end += 2
            }
            if (end - index) / 2 + 1 >= 4 { return String(characters[index...end]) }
            index = end + 1
        }
        return nil
    }
}
