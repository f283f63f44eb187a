/// Flags a Reply-To on another organizational domain than From.
struct ReplyToDomainMismatchRule: Rule {
    init() {}

    let description = RuleDescription(
        id: "reply-to-domain-mismatch", name: "Reply-To on another domain", category: .headers,
        severity: .warning, score: 1.0,
        summary: "Reply-To is on an organizational domain that shares nothing with From (name, DKIM signer, envelope sender); scored double when it is a freemail address.",
        rationale: """
            Replies that go to a domain other than the sender's are a phishing pattern (collect replies on a \
            throwaway mailbox). rspamd: REPLYTO_DOM_NEQ_FROM_DOM, FREEMAIL_REPLYTO_NEQ_FROM_DOM (3.0); SpamAssassin \
            FREEMAIL_FORGED_REPLYTO (up to 2.5). A brand's other domain is not a throwaway mailbox: Reply-To whose \
            registrable name equals or contains From's (`lovepopcards.com` for `lovepop.com`), or whose domain \
            signs the message (DKIM d=) or, for a discussion list (List-Post, X-BeenThere), is its envelope sender, \
            shares the sender's ownership and is not reported.
            """,
        fix: "Use a Reply-To on the From domain (or drop Reply-To).",
        triggeringExamples: [
            RuleExample("From: Acme <news@acme.example>\n↓Reply-To: acme.support@gmail.com\nSubject: Hi\n\nBody\n"),
            // Names share only a short common word: no kinship.
            RuleExample("From: Acme <news@mail-acme.example>\nReply-To: claims@mail-prize.example\nSubject: Hi\n\nBody\n"),
            // The envelope domain of a message that is no list mail proves nothing.
            RuleExample("Return-Path: <bulk@mailer-host.example>\nFrom: Bank <alerts@bank.example>\nReply-To: verify@mailer-host.example\nSubject: Hi\n\nBody\n"),
            // Sent through a freemail account and answered on it: still not the brand's mailbox.
            RuleExample("Return-Path: <acme.billing@gmail.com>\nFrom: Acme <billing@acme.example>\nReply-To: acme.billing@gmail.com\nSubject: Hi\n\nBody\n"),
        ],
        nonTriggeringExamples: [
            RuleExample("From: Acme <news@acme.example>\nReply-To: help@support.acme.example\nSubject: Hi\n\nBody\n"),
            // The brand's other registration.
            RuleExample("From: Lovepop <hello@lovepop.example>\nReply-To: care@lovepopcards.example\nSubject: Hi\n\nBody\n"),
            // A discussion list: replies go to the list, which is also the envelope sender.
            RuleExample("Return-Path: <list-admin@lists.project.example>\nFrom: Jane <jane@uni.example>\nReply-To: dev@lists.project.example\nList-Post: <mailto:dev@lists.project.example>\nSubject: Re: build\n\nBody\n"),
            // Signed by the Reply-To domain: the same organisation sends the message.
            RuleExample("""
                DKIM-Signature: v=1; a=rsa-sha256; d=acme-group.example; s=s1; h=from:reply-to:subject; bh=x; b=y
                From: Acme <news@acme.example>
                Reply-To: service@acme-group.example
                Subject: Hi

                Body
                """),
        ]
    )

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        guard let from = document.from.first else { return [] }
        // The organisations that send the message: its DKIM signers, and for a discussion list (whose
        // Reply-To is the list) the envelope sender. A spammer's own envelope domain vouches for nothing.
        let listEnvelope = MailingListSignals.isDiscussionList(document) ? document.returnPath?.organizationalDomain : nil
        let senders = Set(document.dkimSignatures.map(\.organizationalDomain) + [listEnvelope].compactMap { $0 })
        return document.replyTo.compactMap { replyTo in
            guard replyTo.organizationalDomain != from.organizationalDomain else { return nil }
            let isFreemail = context.domains.freemail.contains(replyTo.domain) && !context.domains.freemail.contains(from.domain)
            // A freemail domain is everyone's: neither its name nor its envelope use ties it to the sender.
            guard isFreemail || !(DomainKinship.sameOwner(replyTo.organizationalDomain, from.organizationalDomain)
                                  || senders.contains(replyTo.organizationalDomain)) else { return nil }
            let kind = isFreemail ? "a freemail domain" : "another domain"
            return Violation("Reply-To \(replyTo.address) is on \(kind), not on From's domain \(from.organizationalDomain)",
                             evidence: replyTo.address, at: replyTo.position, scoreFactor: isFreemail ? 2 : 1)
        }
    }
}
