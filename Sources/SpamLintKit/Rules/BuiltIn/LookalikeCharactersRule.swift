/// Flags a From display name or subject written to pass for other text: look-alike letters or
/// invisible characters inside words.
struct LookalikeCharactersRule: Rule {
    init() {}

    let description = RuleDescription(
        id: "lookalike-characters", name: "Look-alike or invisible characters", category: .headers,
        severity: .warning, score: 2.5,
        summary: "The From display name or the subject spells a brand with look-alike characters (`WaImart`), mixes Latin with Cyrillic or Greek letters in one word, or hides zero-width characters inside words. Scored once per message.",
        rationale: """
            Legitimate senders write their own name and subject in one script; look-alikes (UTS #39 confusables: a \
            capital I for an l, a Cyrillic а for a Latin a) pass a brand or a filtered word past the reader and the \
            filter alike, and zero-width characters (U+200B, U+200C, U+2060…) split words so that phrase \
            rules miss them. rspamd scores R_MIXED_CHARSET (mixed scripts in a word) and OMOGRAPH_URL; Unicode's \
            UTS #39 describes the skeleton used here (folded with NFKC first, so styled mathematical letters read \
            as plain ones). Joiners between letters of scripts that need them (Persian, Indic) and in emoji \
            sequences are not flagged.
            """,
        fix: "Write the name and subject in plain letters of one script; remove zero-width characters.",
        triggeringExamples: [
            RuleExample("From: \"WaImart\" <deals@walmart.com>\nSubject: Weekly deals\n\nBody\n"),
            RuleExample("From: Shop <news@shop.example>\nSubject: Your P\u{0430}yPal account is on hold\n\nBody\n"),
            RuleExample("From: Shop <news@shop.example>\nSubject: Fr\u{200B}ee V\u{200B}iagra today\n\nBody\n"),
            RuleExample("From: \"N0rton Support\" <help@renewals.example>\nSubject: Renewal\n\nBody\n"),
        ],
        nonTriggeringExamples: [
            RuleExample("From: Walmart <deals@walmart.com>\nSubject: Weekly deals\n\nBody\n"),
            RuleExample("From: \"LINKEDIN NEWS\" <news@linkedin.com>\nSubject: IMPORTANT UPDATE FROM IOWA\n\nBody\n"),
            RuleExample("From: Магазин <news@shop.example>\nSubject: Скидки на iPhone и SMS-рассылка\n\nBody\n"),
            // A zero-width non-joiner in Persian and a ZWJ emoji sequence are orthography, not tricks.
            RuleExample("From: Shop <news@shop.example>\nSubject: \u{0645}\u{06CC}\u{200C}\u{062E}\u{0648}\u{0627}\u{0647}\u{0645} and family \u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}\n\nBody\n"),
            RuleExample("From: Shop <news@shop.example>\nSubject: \u{1D5E7}\u{1D5F5}\u{1D5F2} summer sale\n\nBody\n"),
        ]
    )

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        for mailbox in document.from {
            guard let name = mailbox.displayName, let reason = Self.trick(in: name) else { continue }
            violations.append(Violation("display name \"\(name)\" \(reason)", evidence: name, at: mailbox.position))
        }
        if let subject = document.subject, let literal = document.literalSubject, let header = document.headers.first("subject"),
           let reason = Self.trick(in: literal) {
            violations.append(Violation("subject \(reason)", evidence: subject, at: header.position))
        }
        return violations
    }

    /// What in the text passes for other text, said as the end of a sentence; nil when nothing does.
    static func trick(in text: String) -> String? {
        if let invisible = LookalikeText.invisibleInsideWord(text) { return "hides an invisible character (\(invisible)) inside a word" }
        if let brand = ImpersonatedBrands.builtIn.lookalikeMention(in: text) { return "spells \(brand.name) with look-alike characters" }
        if let word = LookalikeText.mixedScriptWord(text) { return "mixes Latin with Cyrillic or Greek letters in \"\(word)\"" }
        return nil
    }
}
