/// Flags a web address in the subject.
public struct URLInSubjectRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "url-in-subject", name: "URL in subject", category: .links, severity: .warning, score: 2.0,
        summary: "The subject holds a URL (http://…, www.…); a bare domain (shop.example.com) counts a quarter.",
        rationale: """
            rspamd scores URL_IN_SUBJECT up to 4.0: spam puts the link where no body filter looks and the reader sees \
            it first. A bare brand domain ("Welcome to Booking.com") is common in legitimate mail, so it scores a \
            quarter of a full URL.
            """,
        fix: "Put links in the body only; name your brand without its domain in the subject.",
        triggeringExamples: [
            RuleExample("From: Acme <news@acme.example>\nSubject: Claim it at http://prizes.example/win\n\nHi\n"),
            RuleExample("---\nsubject: \"Visit www.acme-deals.example today\"\n---\n<p>Hi</p>\n"),
        ],
        nonTriggeringExamples: [
            RuleExample("From: Acme <news@acme.example>\nSubject: Your order 1234 has shipped\n\nHi\n"),
            RuleExample("---\nsubject: \"Reset your password at {{ site.url }}\"\n---\n<p>Hi</p>\n"),
            RuleExample("From: Acme <news@acme.example>\nSubject: Questions? Write to help@acme.example\n\nHi\n"),
        ]
    )

    public func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        guard let subject = document.subject, let header = document.headers.first("subject") else { return [] }
        let text = TemplateText.literal(subject)
        var bareDomain: String?
        for token in text.split(whereSeparator: \.isWhitespace) {
            let word = String(token)
            guard let host = DomainMention.host(shownBy: word) else { continue }
            let lower = word.lowercased()
            if lower.contains("://") || lower.contains("www.") || lower.contains("/") {
                return [Violation("subject contains the URL \(word)", evidence: subject, at: header.position)]
            }
            bareDomain = bareDomain ?? host
        }
        guard let bareDomain else { return [] }
        return [Violation("subject names the domain \(bareDomain)", evidence: subject, at: header.position, scoreFactor: 0.25)]
    }
}
