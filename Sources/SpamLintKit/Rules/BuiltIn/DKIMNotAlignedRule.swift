/// Flags a message without a DKIM signature aligned with From.
struct DKIMNotAlignedRule: Rule {
    init() {}

    let description = RuleDescription(
        id: "dkim-not-aligned", name: "No aligned DKIM signature", category: .authentication,
        severity: .warning, score: 2.0,
        summary: "No DKIM-Signature that signs From has a d= domain aligned with From (relaxed, or strict with --dmarc-strict).",
        rationale: """
            DMARC passes on an aligned DKIM signature (RFC 7489 §3.1.1), and DKIM survives forwarding where SPF \
            does not. Gmail and Yahoo require DKIM for bulk senders and DMARC alignment; a signature by the ESP's \
            own domain does not align, and a signature whose h= omits From does not verify (RFC 6376 §5.4). The \
            signature is not verified here, only its d= and h= tags.
            """,
        fix: "Set up DKIM signing with your own domain (CNAME the ESP's selector records under your From domain).",
        triggeringExamples: [
            RuleExample("↓DKIM-Signature: v=1; a=rsa-sha256; d=esp-mailer.example; s=s1; h=from:subject; b=abc\nFrom: Acme <news@acme.example>\nSubject: Hi\n\nBody\n"),
            RuleExample("↓From: Acme <news@acme.example>\nSubject: Hi\n\nBody\n"),
            RuleExample("↓DKIM-Signature: v=1; a=rsa-sha256; d=acme.example; s=s1; h=subject:date; b=abc\nFrom: Acme <news@acme.example>\nSubject: Hi\n\nBody\n"),
        ],
        nonTriggeringExamples: [
            RuleExample("DKIM-Signature: v=1; a=rsa-sha256; d=acme.example; s=s1; h=from:subject; b=abc\nFrom: Acme <news@mail.acme.example>\nSubject: Hi\n\nBody\n"),
        ]
    )

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        guard document.kind == .message, let from = document.from.first else { return [] }
        let analysis = AlignmentAnalysis(document)
        if analysis.dkimCanAlign(strict: context.dmarcStrict) { return [] }
        if let signature = document.dkimSignatures.first {
            let domains = document.dkimSignatures.map(\.domain).joined(separator: ", ")
            let mode = context.dmarcStrict ? " (strict alignment)" : ""
            let unsignedFrom = analysis.signatures.contains { !$0.coversFrom && $0.relaxedAligned } ? "; h= does not sign From" : ""
            return [Violation("DKIM signs with d=\(domains), not aligned with From domain \(from.domain)\(mode)\(unsignedFrom)",
                              evidence: "d=\(domains)", at: signature.position)]
        }
        return [Violation("no DKIM-Signature: nothing can align with From domain \(from.domain)",
                          evidence: from.address, at: from.position)]
    }
}
