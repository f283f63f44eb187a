/// Reports what the reader had to work around: broken MIME, bad encodings, unknown charsets.
struct MalformedInputRule: Rule {
    init() {}

    let description = RuleDescription(
        id: "malformed-input", name: "Malformed MIME or encoding", category: .structure, severity: .info, score: 0.5,
        summary: "The file is malformed where it was read around: missing MIME boundaries, bad base64 or quoted-printable, unknown charsets, invalid UTF-8, a <style> sheet past its stated limits, an element with more attributes than are read, HTML too deep to parse in time.",
        rationale: """
            Broken MIME is a spam-tool fingerprint and renders unpredictably: rspamd BROKEN_CONTENT_TYPE, \
            MISSING_MIME_VERSION and friends, SpamAssassin MIME_BASE64_BLANKS and MIME_QP_LONG_LINE. spamlint reads \
            as much as it can and reports the rest here.
            """,
        fix: "Fix the generator of the message: close every multipart boundary, encode bodies correctly, declare the real charset.",
        triggeringExamples: [
            RuleExample("""
                From: Acme <news@acme.example>
                Subject: Sale
                MIME-Version: 1.0
                ↓Content-Type: multipart/alternative; boundary="b1"

                --b1
                Content-Type: text/plain; charset=utf-8

                Big sale, and the closing boundary never comes.
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("From: Acme <news@acme.example>\nSubject: Sale\nContent-Type: text/plain; charset=utf-8\n\nBig sale!\n"),
        ]
    )

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        (document.problems + document.htmlBodies.flatMap { [$0.styleSheetProblem, $0.attributeLimitProblem, $0.parseStopProblem].compactMap { $0 } }).map { problem in
            Violation(problem.message, evidence: problem.kind.rawValue, at: problem.position)
        }
    }
}
