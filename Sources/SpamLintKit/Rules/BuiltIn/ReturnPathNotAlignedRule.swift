/// Flags a Return-Path (envelope sender) not aligned with From.
struct ReturnPathNotAlignedRule: Rule {
    init() {}

    let description = RuleDescription(
        id: "return-path-not-aligned", name: "Return-Path not aligned", category: .authentication,
        severity: .info, score: 0.5,
        summary: "The Return-Path (envelope sender) domain is not aligned with From (relaxed, or strict with --dmarc-strict).",
        rationale: """
            SPF authenticates the envelope sender; DMARC counts it only when its organizational domain equals \
            From's (RFC 7489 §3.1.2). Without SPF alignment DMARC rests on DKIM alone. SpamAssassin \
            HEADER_FROM_DIFFERENT_DOMAINS, rspamd FORGED_SENDER.
            """,
        fix: "Set a custom bounce (Return-Path) domain under your From domain in your ESP (e.g. bounces.example.com).",
        triggeringExamples: [
            RuleExample("↓Return-Path: <bounce@esp-mailer.example>\nFrom: Acme <news@acme.example>\nSubject: Hi\n\nBody\n"),
        ],
        nonTriggeringExamples: [
            RuleExample("Return-Path: <bounce-7@mail.acme.example>\nFrom: Acme <news@acme.example>\nSubject: Hi\n\nBody\n"),
        ]
    )

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        guard let returnPath = document.returnPath, let from = document.from.first,
              !AlignmentAnalysis(document).spfCanAlign(strict: context.dmarcStrict) else { return [] }
        let mode = context.dmarcStrict ? " (strict alignment)" : ""
        return [Violation("Return-Path \(returnPath.address) is not aligned with From domain \(from.domain)\(mode)",
                          evidence: returnPath.address, at: returnPath.position)]
    }
}
