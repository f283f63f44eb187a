/// Flags DKIM signatures that leave the List-Unsubscribe headers unsigned.
struct DKIMUnsignedUnsubscribeRule: Rule {
    init() {}

    let description = RuleDescription(
        id: "dkim-unsigned-unsubscribe", name: "Unsubscribe headers not DKIM-signed", category: .unsubscribe,
        severity: .warning, score: 1.0,
        summary: "The message is DKIM-signed, but no signature's h= covers List-Unsubscribe (and List-Unsubscribe-Post).",
        rationale: """
            RFC 8058 §4 requires a DKIM signature that covers both List-Unsubscribe and List-Unsubscribe-Post, so that \
            nobody can swap the one-click URL; Gmail and Yahoo accept one-click unsubscription only then. A message \
            without any DKIM signature is left to the DKIM rules; templates are not checked, since the ESP adds both \
            headers and the signature when it sends.
            """,
        fix: "Add list-unsubscribe and list-unsubscribe-post to the headers your ESP or MTA signs (DKIM h=).",
        triggeringExamples: [
            RuleExample("""
                DKIM-Signature: v=1; a=rsa-sha256; d=acme.example; s=s1; h=from:to:subject:date; bh=x; b=y
                From: Acme <news@acme.example>
                Subject: Sale
                ↓List-Unsubscribe: <https://acme.example/u/1>
                List-Unsubscribe-Post: List-Unsubscribe=One-Click

                Sale
                """),
            RuleExample("""
                DKIM-Signature: v=1; a=rsa-sha256; d=acme.example; s=s1; h=from:subject:list-unsubscribe; bh=x; b=y
                From: Acme <news@acme.example>
                Subject: Sale
                ↓List-Unsubscribe: <https://acme.example/u/1>
                List-Unsubscribe-Post: List-Unsubscribe=One-Click

                Sale
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                DKIM-Signature: v=1; a=rsa-sha256; d=acme.example; s=s1; h=from:subject:list-unsubscribe:list-unsubscribe-post; bh=x; b=y
                From: Acme <news@acme.example>
                Subject: Sale
                List-Unsubscribe: <https://acme.example/u/1>
                List-Unsubscribe-Post: List-Unsubscribe=One-Click

                Sale
                """),
            RuleExample("From: Acme <news@acme.example>\nSubject: Sale\nList-Unsubscribe: <https://acme.example/u/1>\n\nSale\n"),
        ]
    )

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        guard document.kind == .message, !document.dkimSignatures.isEmpty,
              let unsubscribe = document.headers.first("list-unsubscribe") else { return [] }
        var required = ["list-unsubscribe"]
        if document.headers.contains("list-unsubscribe-post") { required.append("list-unsubscribe-post") }
        let covered = document.dkimSignatures.contains { signature in
            required.allSatisfy { signature.signedHeaders.contains($0) }
        }
        guard !covered else { return [] }
        let domains = document.dkimSignatures.map(\.domain).joined(separator: ", ")
        return [Violation("no DKIM signature (d=\(domains)) covers \(required.joined(separator: " and "))",
                          evidence: unsubscribe.value, at: unsubscribe.position)]
    }
}
