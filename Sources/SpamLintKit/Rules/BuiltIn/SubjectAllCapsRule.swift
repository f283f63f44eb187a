import Foundation

/// Flags a subject written (almost) entirely in capitals.
struct SubjectAllCapsRule: Rule {
    init() {}

    /// Below this many cased letters a subject is a word or an acronym (`FAQ`, `RSVP NOW`), not shouting.
    static let minimumLetters = 10
    static let upperShare = 0.85

    let description = RuleDescription(
        id: "subject-all-caps", name: "Subject in capitals", category: .content, severity: .warning, score: 1.5,
        summary: "Most letters of the subject are capitals (at least \(minimumLetters) letters; any alphabet with case).",
        rationale: """
            A shouting subject is a classic spam trait: SpamAssassin SUBJ_ALL_CAPS (0.5) and rspamd SUBJ_ALL_CAPS \
            (3.0, "subject contains mostly capital letters"); Gmail's sender guidelines warn against misleading or \
            sensational subjects. Reply prefixes and template placeholders (`*|MC:SUBJECT|*`) are not counted.
            """,
        fix: "Write the subject in sentence case; emphasise one word at most.",
        triggeringExamples: [
            RuleExample("From: Acme <news@acme.example>\n↓Subject: HUGE SAVINGS INSIDE, OPEN NOW\n\nSale\n"),
            RuleExample("---\n↓subject: \"ЛУЧШИЕ ЦЕНЫ ТОЛЬКО СЕГОДНЯ\"\n---\n<p>Скидки</p>\n"),
            // Shouting in styled capitals is still shouting: 𝗛𝗨𝗚𝗘 𝗦𝗔𝗩𝗜𝗡𝗚𝗦 𝗧𝗢𝗗𝗔𝗬.
            RuleExample("From: Acme <news@acme.example>\nSubject: \u{1D5DB}\u{1D5E8}\u{1D5DA}\u{1D5D8} \u{1D5E6}\u{1D5D4}\u{1D5E9}\u{1D5DC}\u{1D5E1}\u{1D5DA}\u{1D5E6} \u{1D5E7}\u{1D5E2}\u{1D5D7}\u{1D5D4}\u{1D5EC}\n\nSale\n"),
        ],
        nonTriggeringExamples: [
            RuleExample("From: Acme <news@acme.example>\nSubject: Your NASA and FAQ links for the USA trip\n\nHi\n"),
            RuleExample("From: Acme <news@acme.example>\nSubject: RSVP NOW\n\nHi\n"),
            RuleExample("---\nsubject: \"*|MC:SUBJECT|*\"\n---\n<p>Hi</p>\n"),
            RuleExample("From: Acme <news@acme.example>\nSubject: 今日だけのセール\n\nHi\n"),
            // Mathematical sans-serif bold letters (U+1D5D4…) in sentence case beside one plain capital word.
            RuleExample("From: Acme <news@acme.example>\nSubject: LAST CHANCE: \u{1D5E7}\u{1D5F5}\u{1D5F2} \u{1D600}\u{1D602}\u{1D5FA}\u{1D5FA}\u{1D5F2}\u{1D5FF} \u{1D600}\u{1D5EE}\u{1D5F9}\u{1D5F2} \u{1D5F6}\u{1D600} \u{1D5F5}\u{1D5F2}\u{1D5FF}\u{1D5F2}\n\nHi\n"),
        ]
    )

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        guard let subject = document.subject, let literal = document.literalSubject, let header = document.headers.first("subject") else { return [] }
        let text = SubjectPrefix.split(literal).rest
        let (upper, lower) = Self.caseCounts(text)
        let letters = upper + lower
        guard letters >= Self.minimumLetters, Double(upper) / Double(letters) >= Self.upperShare else { return [] }
        return [Violation("subject is \(Int((100.0 * Double(upper) / Double(letters)).rounded()))% capital letters",
                          evidence: subject, at: header.position)]
    }

    /// Upper- and lower-case characters; ASCII subjects are counted as bytes, where a byte is a character.
    static func caseCounts(_ text: Substring) -> (upper: Int, lower: Int) {
        var upper = 0
        var lower = 0
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            for byte in text.utf8 {
                if ASCIIByte.isUppercase(byte) { upper += 1 } else if ASCIIByte.isLowercase(byte) { lower += 1 }
            }
            return (upper, lower)
        }
        // Styled letters (mathematical sans-serif 𝗦𝗔𝗟𝗘, fullwidth ＳＡＬＥ) have no case mapping, so they would
        // count as neither and leave the plain capitals beside them as the whole subject: judge case after
        // compatibility folding (NFKC), where 𝗦𝗮𝗹𝗲 is "Sale".
        for character in String(text).precomposedStringWithCompatibilityMapping {
            if character.isUppercase { upper += 1 } else if character.isLowercase { lower += 1 }
        }
        return (upper, lower)
    }
}
