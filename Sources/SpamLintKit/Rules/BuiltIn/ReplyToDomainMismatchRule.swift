/// Flags a Reply-To on another organizational domain than From.
struct ReplyToDomainMismatchRule: Rule {
    init() {}

    let description = RuleDescription(
        id: "reply-to-domain-mismatch", name: "Reply-To on another domain", category: .headers,
        severity: .warning, score: 1.0,
        summary: "Reply-To is on another organizational domain than From; scored double when it is a freemail address.",
        rationale: """
            Replies that go to a domain other than the sender's are a phishing pattern (collect replies on a \
            throwaway mailbox). rspamd: REPLYTO_DOM_NEQ_FROM_DOM, FREEMAIL_REPLYTO_NEQ_FROM_DOM (3.0); SpamAssassin \
            FREEMAIL_FORGED_REPLYTO (up to 2.5).
            """,
        fix: "Use a Reply-To on the From domain (or drop Reply-To).",
        triggeringExamples: [
            RuleExample("From: Acme <news@acme.example>\n↓Reply-To: acme.support@gmail.com\nSubject: Hi\n\nBody\n"),
        ],
        nonTriggeringExamples: [
            RuleExample("From: Acme <news@acme.example>\nReply-To: help@support.acme.example\nSubject: Hi\n\nBody\n"),
        ]
    )

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        guard let from = document.from.first else { return [] }
        return document.replyTo.compactMap { replyTo in
            guard replyTo.organizationalDomain != from.organizationalDomain else { return nil }
            let isFreemail = context.domains.freemail.contains(replyTo.domain) && !context.domains.freemail.contains(from.domain)
            let kind = isFreemail ? "a freemail domain" : "another domain"
            return Violation("Reply-To \(replyTo.address) is on \(kind), not on From's domain \(from.organizationalDomain)",
                             evidence: replyTo.address, at: replyTo.position, scoreFactor: isFreemail ? 2 : 1)
        }
    }
}
