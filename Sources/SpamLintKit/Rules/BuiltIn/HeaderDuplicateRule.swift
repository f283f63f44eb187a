/// Flags a header field that RFC 5322 allows once but the message carries several times.
struct HeaderDuplicateRule: Rule {
    init() {}

    /// The originator, destination, identification and informational fields whose maximum count is 1
    /// in the table of RFC 5322 §3.6 (Bcc left out: it is removed before sending).
    static let singletonFields = ["Date", "From", "Sender", "Reply-To", "To", "Cc", "Message-ID", "In-Reply-To", "References", "Subject"]

    let description = RuleDescription(
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
            RuleExample("From: Acme <news@acme.example>\nSubject: Hello\n↓Subject: Hello again\nDate: Mon, 2 Jun 2025 10:00:00 +0000\n\nHi\n"),
            RuleExample("From: Acme <news@acme.example>\n↓From: PayPal <service@paypal.example>\nSubject: Hello\n\nHi\n"),
        ],
        nonTriggeringExamples: [
            RuleExample("From: Acme <news@acme.example>\nReceived: from a\nReceived: from b\nSubject: Hello\n\nHi\n"),
            RuleExample("---\nsubject: Hello\n---\n<p>Hi</p>\n"),
        ]
    )

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        // Front-matter keys are YAML mapping keys; a duplicate there is the front-matter reader's problem.
        guard document.kind == .message else { return [] }
        let counts = Self.singletonCounts(document.headers)
        return Self.singletonFields.indices.compactMap { index in
            guard counts[index] > 1 else { return nil }
            let name = Self.singletonFields[index]
            let fields = document.headers.all(name)
            guard fields.count > 1, let second = fields.dropFirst().first else { return nil }
            return Violation("\(name) appears \(fields.count) times (RFC 5322 allows one)",
                             evidence: fields.map { "\(name): \($0.value)" }.joined(separator: " | "), at: second.position)
        }
    }

    /// How often each singleton field occurs, in one pass. An ASCII name can only equal a singleton's
    /// name ignoring case when its length and folded first byte agree, so most fields are ruled out at
    /// once; other names take the general comparison.
    static func singletonCounts(_ headers: HeaderList) -> [Int] {
        var counts = [Int](repeating: 0, count: singletonFields.count)
        for field in headers.fields {
            let utf8 = field.name.utf8
            guard let first = utf8.first else { continue }
            let isASCII = utf8.allSatisfy { $0 < 0x80 }
            for (index, name) in singletonFields.enumerated() {
                if isASCII, utf8.count != name.utf8.count || first | 0x20 != name.utf8.first.map({ $0 | 0x20 }) { continue }
                if HeaderList.namesMatch(field.name, name) { counts[index] += 1 }
            }
        }
        return counts
    }
}
