/// Flags a header field that RFC 5322 allows once but the message carries several times.
public struct HeaderDuplicateRule: Rule {
    public init() {}

    /// The originator, destination, identification and informational fields whose maximum count is 1
    /// in the table of RFC 5322 §3.6 (Bcc left out: it is removed before sending).
    static let singletonFields = ["Date", "From", "Sender", "Reply-To", "To", "Cc", "Message-ID", "In-Reply-To", "References", "Subject"]

    public let description = RuleDescription(
        id: "header-duplicate", name: "Duplicate single-instance header", category: .headers, severity: .error, score: 3.0,
        summary: "From, To, Cc, Subject, Date, Message-ID, Reply-To, Sender, In-Reply-To or References appears more than once.",
        rationale: """
            RFC 5322 §3.6 allows each of these fields at most once. Gmail's sender guidelines require that \
            single-instance headers (From, To, Subject, Date) appear only once and reject mail that breaks RFC 5322; \
            rspamd scores MULTIPLE_UNIQUE_HEADERS 7.0, since duplicates are how spoofers show one From to a filter and \
            another to the reader. Templates are not checked: front-matter keys are unique YAML keys and the ESP writes \
            the sent headers.
            """,
        fix: "Emit each of these headers once; check that your code or ESP does not add a second copy.",
        triggeringExamples: [
            RuleExample("From: Acme <news@acme.example>\nSubject: Hello\nSubject: Hello again\nDate: Mon, 2 Jun 2025 10:00:00 +0000\n\nHi\n"),
            RuleExample("From: Acme <news@acme.example>\nFrom: PayPal <service@paypal.example>\nSubject: Hello\n\nHi\n"),
        ],
        nonTriggeringExamples: [
            RuleExample("From: Acme <news@acme.example>\nReceived: from a\nReceived: from b\nSubject: Hello\n\nHi\n"),
            RuleExample("---\nsubject: Hello\n---\n<p>Hi</p>\n"),
        ]
    )

    public func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        // Front-matter keys are YAML mapping keys; a duplicate there is the front-matter reader's problem.
        guard document.kind == .message else { return [] }
        return Self.singletonFields.compactMap { name in
            // Count without copying first: nearly every message has each of these once at most.
            guard document.headers.fields.lazy.filter({ HeaderList.namesMatch($0.name, name) }).dropFirst().first != nil else { return nil }
            let fields = document.headers.all(name)
            guard fields.count > 1, let second = fields.dropFirst().first else { return nil }
            return Violation("\(name) appears \(fields.count) times (RFC 5322 allows one)",
                             evidence: fields.map { "\(name): \($0.value)" }.joined(separator: " | "), at: second.position)
        }
    }
}
