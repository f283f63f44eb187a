/// Flags a text/plain alternative whose words differ from those of the HTML part.
struct PartsDifferRule: Rule {
    init() {}

    /// Below this many distinct words on either side the comparison says nothing (a one-line text part).
    static let minimumWords = 10
    /// Share of distinct words not shared by both parts from which they "say something else" (rspamd: 50%).
    static let differenceThreshold = 0.5

    let description = RuleDescription(
        id: "parts-differ", name: "Text and HTML parts differ", category: .structure, severity: .warning, score: 1.0,
        summary: "Half or more of the distinct words of the shorter of the text/plain and HTML parts are missing from the other.",
        rationale: """
            Mirrors rspamd's R_PARTS_DIFFER (up to 1.0: the two text parts of a multipart/alternative differ by 50% \
            or more of their words) and SpamAssassin's MPART_ALT_DIFF (0.6–2.2): filters read the text part, people \
            the HTML, and spam uses the gap to show filters harmless words. The comparison uses the sets of distinct \
            words (URLs and template placeholders left out) and asks how many words of the shorter part the longer \
            one lacks, so a text part that summarises the HTML passes; a side with fewer than \(minimumWords) \
            distinct words is not compared. The finding's weight grows with the difference. \
            Only messages are checked: a template has one body, and its text part is generated when it is sent.
            """,
        fix: "Generate the text/plain part from the same content as the HTML (most ESPs can do it automatically).",
        triggeringExamples: [
            RuleExample("""
                From: Acme <news@acme.example>
                Subject: Update
                MIME-Version: 1.0
                Content-Type: multipart/alternative; boundary="b1"

                --b1
                Content-Type: text/plain; charset=utf-8

                ↓Dear colleague, please find the quarterly meeting notes and the agenda for next week below.
                --b1
                Content-Type: text/html; charset=utf-8

                <p>Cheap watches and pills shipped overnight, no prescription needed, order today and save big money!</p>
                --b1--
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                From: Acme <news@acme.example>
                Subject: Update
                MIME-Version: 1.0
                Content-Type: multipart/alternative; boundary="b1"

                --b1
                Content-Type: text/plain; charset=utf-8

                Your order 1234 has shipped. Track it at https://acme.example/t/1234 and expect delivery within three days.
                --b1
                Content-Type: text/html; charset=utf-8

                <p>Your order 1234 has shipped.</p><p><a href="https://acme.example/t/1234">Track it</a> and expect delivery within three days.</p>
                --b1--
                """),
            RuleExample("""
                From: Acme <news@acme.example>
                Subject: Update
                MIME-Version: 1.0
                Content-Type: multipart/alternative; boundary="b1"

                --b1
                Content-Type: text/plain; charset=utf-8

                View this email in your browser.
                --b1
                Content-Type: text/html; charset=utf-8

                <p>Our autumn collection has arrived, with new coats, boots and scarves for the cold days ahead.</p>
                --b1--
                """),
        ]
    )

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        guard document.kind == .message, document.htmlBodies.count == 1, document.textBodies.count == 1,
              let html = document.htmlBodies.first, let text = document.textBodies.first else { return [] }
        // The text part is usually the shorter: when it alone has too few words, the HTML part is not read.
        let textWords = Self.words(text.literalText)
        guard textWords.count >= Self.minimumWords else { return [] }
        let htmlWords = Self.words(html.literalVisibleText)
        guard htmlWords.count >= Self.minimumWords else { return [] }
        let shared = htmlWords.intersection(textWords).count
        // Measured against the smaller side: a short text part that repeats part of a long HTML part is a
        // summary, not something else.
        let difference = 1.0 - Double(shared) / Double(min(htmlWords.count, textWords.count))
        guard difference >= Self.differenceThreshold else { return [] }
        return [Violation("the text/plain and HTML parts differ in \(Int((difference * 100).rounded()))% of their words",
                          evidence: "\(textWords.count) text words, \(htmlWords.count) HTML words, \(shared) shared",
                          at: text.position, scoreFactor: difference)]
    }

    /// Distinct folded words (`TextScanner`) of two or more characters of a literal text, URLs and addresses left out.
    static func words(_ literal: String) -> Set<String> {
        var literal = literal
        return literal.withUTF8 { bytes in
            var sink = WordSetSink()
            TextScanner.scan(bytes, into: &sink)
            sink.closeRun(bytes)
            return sink.words
        }
    }

    /// Collects the words of each run between spacers, and keeps them when the run is no URL or address.
    private struct WordSetSink: TextSink {
        var words: Set<String> = []
        /// Where the open run starts (-1: none) and ends; its words (start, end, ASCII) wait for its end.
        var runStart = -1
        var runEnd = 0
        var pending: [(start: Int, end: Int, isASCII: Bool)] = []

        mutating func closeRun(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard runStart >= 0 else { return }
            if !PartsDifferRule.isURLOrAddress(UnsafeBufferPointer(rebasing: bytes[runStart..<runEnd])) {
                for word in pending where word.end - word.start >= 2 {
                    if word.isASCII {
                        words.insert(TextScanner.foldedASCII(bytes, word.start, word.end))
                    } else {
                        let folded = TextScanner.fold(TextScanner.string(bytes, word.start, word.end))
                        if folded.count >= 2 { words.insert(folded) }
                    }
                }
            }
            runStart = -1
            pending.removeAll(keepingCapacity: true)
        }

        private mutating func extend(_ start: Int, _ end: Int) {
            if runStart < 0 { runStart = start }
            runEnd = end
        }

        mutating func spacer(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) { closeRun(bytes) }
        mutating func symbol(_ scalar: Unicode.Scalar, start: Int, end: Int) { extend(start, end) }

        mutating func asciiWord(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {
            extend(start, end)
            pending.append((start, end, true))
        }

        mutating func word(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {
            extend(start, end)
            pending.append((start, end, false))
        }
    }

    /// `://` or `@` anywhere, or `www.` in any case at the start.
    private static func isURLOrAddress(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
        if token.count >= 4, ASCIIByte.lowercased(token[0]) == UInt8(ascii: "w"), ASCIIByte.lowercased(token[1]) == UInt8(ascii: "w"),
           ASCIIByte.lowercased(token[2]) == UInt8(ascii: "w"), token[3] == UInt8(ascii: ".") { return true }
        for (index, byte) in token.enumerated() {
            if byte == UInt8(ascii: "@") { return true }
            if byte == UInt8(ascii: ":"), index + 2 < token.count, token[index + 1] == UInt8(ascii: "/"), token[index + 2] == UInt8(ascii: "/") {
                return true
            }
        }
        return false
    }
}
