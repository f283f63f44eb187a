/// Flags a Subject that claims to be a reply or forward when the message is not one.
struct SubjectFakeReplyRule: Rule {
    init() {}

    let description = RuleDescription(
        id: "subject-fake-reply", name: "Fake reply or forward subject", category: .headers, severity: .warning, score: 1.5,
        summary: "The subject starts with Re:/Fwd: (or AW:, SV:, RV:, 回复: …) but the message answers nothing.",
        rationale: """
            A real reply carries In-Reply-To or References (RFC 5322 §3.6.4); a Re: or Fwd: without them fakes a \
            conversation to get opened. rspamd scores FAKE_REPLY 1.0 and SpamAssassin has FAKE_REPLY_C; Gmail's sender \
            guidelines forbid deceptive subjects and the FTC's CAN-SPAM guide forbids misleading subject lines. A \
            template is never a reply to anything the recipient wrote, so any Re:/Fwd: in its subject is flagged. Mail \
            from a discussion list (List-Post, Mailman's X-BeenThere) is left alone: members reply there, some with \
            clients that omit In-Reply-To.
            """,
        fix: "Drop the Re:/Fwd: prefix; if the mail really answers one, send it with In-Reply-To and References.",
        triggeringExamples: [
            RuleExample("From: Acme <news@acme.example>\n↓Subject: Re: your invoice\n\nSee attached.\n"),
            RuleExample("From: Acme <news@acme.example>\n↓Subject: AW: Fwd: Angebot\n\nHallo\n"),
            RuleExample("---\n↓subject: \"FW: Last chance for 50% off\"\n---\n<p>Sale</p>\n"),
        ],
        nonTriggeringExamples: [
            RuleExample("From: Ann <ann@acme.example>\nSubject: Re: lunch\nIn-Reply-To: <x1@example.com>\n\nYes!\n"),
            RuleExample("From: Acme <news@acme.example>\nSubject: Receipt: your order\n\nThanks\n"),
            RuleExample("From: Ann <ann@example.org>\nSubject: Re: [users] build fails\nList-Post: <mailto:users@lists.example.org>\n\nTry make clean.\n"),
            RuleExample("---\nsubject: \"Regarding your account\"\n---\n<p>Hi</p>\n"),
        ]
    )

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        guard let subject = document.subject, let header = document.headers.first("subject") else { return [] }
        let prefixes = SubjectPrefix.split(subject).prefixes
        guard !prefixes.isEmpty else { return [] }
        if document.kind == .message, document.headers.contains("in-reply-to") || document.headers.contains("references")
            || MailingListSignals.isDiscussionList(document) {
            return []
        }
        let reason = document.kind == .message ? "the message has no In-Reply-To or References" : "a template is never a reply"
        return [Violation("subject starts with \(prefixes.joined(separator: " ")) but \(reason)", evidence: subject, at: header.position)]
    }
}
