/// Flags HTML bodies over Gmail's clipping size.
struct HTMLTooLargeGmailClipRule: Rule {
    init() {}

    static let clipBytes = 102 * 1024

    let description = RuleDescription(
        id: "html-too-large-gmail-clip", name: "HTML over Gmail's clip size", category: .html, severity: .warning, score: 1.0,
        summary: "The HTML is larger than 102 KB, where Gmail clips the message (templates are measured as written).",
        rationale: """
            Gmail shows only the first ~102 KB of a message's HTML and hides the rest behind "[Message clipped] \
            View entire message" (spamresource.com, "What is Gmail clipping"), which hides the footer with the \
            unsubscribe link and the postal address and can drop the open-tracking pixel. A template is measured \
            as written: merge tags expand and ESPs add tracking to every link, so the sent size may differ.
            """,
        fix: "Cut the HTML below 102 KB: inline less CSS, drop comments and unused styles, move content to the web.",
        triggeringExamples: [
            RuleExample("↓<html><body><p>Big newsletter.</p><!-- " + String(repeating: "padding ", count: 13_500) + "--></body></html>"),
        ],
        nonTriggeringExamples: [
            RuleExample("<html><body><p>A newsletter of ordinary size.</p></body></html>"),
        ]
    )

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        document.htmlBodies.compactMap { body in
            guard body.byteCount > HTMLTooLargeGmailClipRule.clipBytes else { return nil }
            let size = "\(Int((Double(body.byteCount) / 1024).rounded())) KB"
            let message = document.kind == .template
                ? "template HTML is \(size) as written; Gmail clips over 102 KB (the sent size may differ: merge tags expand and click tracking lengthens links)"
                : "HTML part is \(size); Gmail clips messages over 102 KB and hides the rest, footer and unsubscribe link included"
            return Violation(message, evidence: "\(body.byteCount) bytes", at: body.position)
        }
    }
}
