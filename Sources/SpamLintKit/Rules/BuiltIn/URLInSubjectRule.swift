/// Flags a web address in the subject.
struct URLInSubjectRule: Rule {
    init() {}

    let description = RuleDescription(
        id: "url-in-subject", name: "URL in subject", category: .links, severity: .warning, score: 2.0,
        summary: "The subject holds a URL (http://…, www.…, or a domain with a path).",
        rationale: """
            rspamd scores URL_IN_SUBJECT up to 4.0: spam puts the link where no body filter looks and the reader sees \
            it first. A bare brand domain ("Welcome to Booking.com", "NYTimes.com Article") is not flagged: in the \
            SpamAssassin public corpus it is five times as frequent in ham as in spam. Posts to discussion lists \
            (List-Post, X-BeenThere), where people ask about a URL, are left alone.
            """,
        fix: "Put links in the body only; name your brand without a URL in the subject.",
        triggeringExamples: [
            RuleExample("From: Acme <news@acme.example>\n↓Subject: Claim it at http://prizes.example/win\n\nHi\n"),
            RuleExample("---\n↓subject: \"Visit www.acme-deals.example today\"\n---\n<p>Hi</p>\n"),
            RuleExample("From: Acme <news@acme.example>\n↓Subject: Your prize: prizes.example/claim\n\nHi\n"),
        ],
        nonTriggeringExamples: [
            RuleExample("From: Acme <news@acme.example>\nSubject: Your order 1234 has shipped\n\nHi\n"),
            RuleExample("---\nsubject: \"Reset your password at {{ site.url }}\"\n---\n<p>Hi</p>\n"),
            RuleExample("From: Acme <news@acme.example>\nSubject: Questions? Write to help@acme.example\n\nHi\n"),
            RuleExample("From: Booking <news@booking.example>\nSubject: Welcome to Booking.com\n\nHi\n"),
            RuleExample("From: Ann <ann@example.org>\nSubject: Re: http://apt.example.org/ is down\nList-Post: <mailto:users@lists.example.org>\n\nStill?\n"),
        ]
    )

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        guard let subject = document.subject, let text = document.literalSubject, let header = document.headers.first("subject"),
              !MailingListSignals.isDiscussionList(document) else { return [] }
        guard Self.mayHoldURL(text), let word = Self.firstURLWord(in: text) else { return [] }
        return [Violation("subject contains the URL \(word)", evidence: subject, at: header.position)]
    }

    /// The first spaced word (`SpacedWord`) that holds "/" or "www." and shows a host.
    static func firstURLWord(in text: String) -> String? {
        var found: String?
        SpacedText.forEachSpacedWord(in: text) { word in
            guard holdsSlashOrWWWDot(word.utf8), DomainMention.host(shownBy: word.text) != nil else { return true }
            found = word.text
            return false
        }
        return found
    }

    /// False when no word of the text can pass the test in `firstURLWord`: most subjects hold neither "/" nor "www.".
    static func mayHoldURL(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(holdsSlashOrWWWDot)
    }

    /// A "/" byte, or "www." in any letter case.
    private static func holdsSlashOrWWWDot(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in bytes.indices {
            let byte = bytes[index]
            if byte == UInt8(ascii: "/") { return true }
            if byte == UInt8(ascii: "."), index >= 3, bytes[index - 1] | 0x20 == UInt8(ascii: "w"),
               bytes[index - 2] | 0x20 == UInt8(ascii: "w"), bytes[index - 3] | 0x20 == UInt8(ascii: "w") {
                return true
            }
        }
        return false
    }
}
