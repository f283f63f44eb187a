/// Flags a subject too long to be read in an inbox list.
struct SubjectTooLongRule: Rule {
    init() {}

    /// RFC 5322 §2.1.1: lines SHOULD be at most 78 characters; beyond that inbox lists and phones cut the subject.
    static let displayLimit = 78
    /// rspamd LONG_SUBJ fires above 200 characters.
    static let filterLimit = 200

    let description = RuleDescription(
        id: "subject-too-long", name: "Subject too long", category: .content, severity: .info, score: 0.2,
        summary: "The subject has more than \(displayLimit) characters (scored 15× above \(filterLimit), as rspamd LONG_SUBJ).",
        rationale: """
            RFC 5322 §2.1.1 recommends lines of at most 78 characters, and inbox lists show far less (desktop clients \
            around 60–70 characters, phones 30–40), so the end of a longer subject is never read. Beyond 200 \
            characters rspamd scores LONG_SUBJ 3.0, a spam trait (keyword stuffing), so a finding there is worth 3.0. \
            Template placeholders are not counted, so a rendered subject can only be longer.
            """,
        fix: "Keep the subject under about 60 characters and put the key words first; use the preheader for the rest.",
        triggeringExamples: [
            RuleExample("From: Acme <news@acme.example>\n↓Subject: Everything you need to know about our new spring collection, delivery times and the loyalty program\n\nHi\n"),
        ],
        nonTriggeringExamples: [
            RuleExample("From: Acme <news@acme.example>\nSubject: Your spring collection preview\n\nHi\n"),
            RuleExample("---\nsubject: \"Hi {{ customer.first_name_with_a_very_long_variable_name_that_is_not_shown }}, your order shipped\"\n---\n<p>Hi</p>\n"),
        ]
    )

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        guard let subject = document.subject, let text = document.literalSubject, let header = document.headers.first("subject") else { return [] }
        let length = SpacedText.collapse(text).count
        guard length > Self.displayLimit else { return [] }
        let factor = length > Self.filterLimit ? 15.0 : 1.0
        return [Violation("subject has \(length) characters; inboxes show about 60", evidence: subject, at: header.position,
                          scoreFactor: factor)]
    }
}
