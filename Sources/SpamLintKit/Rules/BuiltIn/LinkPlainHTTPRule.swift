/// Flags links that the reader follows over unencrypted http://.
struct LinkPlainHTTPRule: Rule {
    init() {}

    /// Links a reader follows; images and CSS are fetched by the client (often through a proxy).
    static let followedKinds: Set<LinkKind> = [.anchor, .area, .text, .form]

    let description = RuleDescription(
        id: "link-plain-http", name: "Plain-HTTP link", category: .links, severity: .info, score: 0.2,
        summary: "A link uses unencrypted http:// (one finding per host, scored once per message).",
        rationale: """
            Hygiene, not a filter rule: no SpamAssassin or rspamd rule scores a plain http:// link on its own, but \
            browsers mark http pages "Not secure", links can be rewritten in transit, and Gmail's sender guidelines \
            ask for links that are "visible and easy to understand". Legacy templates often still carry http:// \
            links, so the rule counts once per message with a small score. localhost and template-placeholder \
            links are ignored.
            """,
        fix: "Serve the page over HTTPS and change the link to https:// (also your ESP's click-tracking domain).",
        triggeringExamples: [
            RuleExample(#"<p>Read the <a href="↓http://www.acme.example/news">latest news</a>.</p>"#),
            RuleExample("From: news@acme.example\nSubject: News\n\nRead it at ↓http://www.acme.example/news today.\n"),
        ],
        nonTriggeringExamples: [
            RuleExample(#"<p>Read the <a href="https://www.acme.example/news">latest news</a>.</p>"#),
            RuleExample(#"<p><a href="http://localhost:3000/preview">preview</a> <a href="{{ view_url }}">view</a></p>"#),
            RuleExample("From: news@acme.example\nSubject: News\n\nRead it at www.acme.example/news today.\n"),
        ]
    )

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        var linksByHost: [(host: String, links: [Link])] = []
        // Hosts in first-seen order, found by hashing rather than by comparing with every host so far.
        var hostIndex: [String: Int] = [:]
        for link in document.bodyLinks where LinkPlainHTTPRule.followedKinds.contains(link.kind) && !link.isDynamic {
            // A bare `www.` in text gets an http scheme from the scanner but was not written as http://.
            guard link.scheme == "http", HTTPHref.startsWithHTTPColon(link.href),
                  let host = link.host, !LocalHost.contains(host) else { continue }
            if let index = hostIndex[host] {
                linksByHost[index].links.append(link)
            } else {
                hostIndex[host] = linksByHost.count
                linksByHost.append((host, [link]))
            }
        }
        return linksByHost.map { host, links in
            let count = links.count == 1 ? "a link" : "\(links.count) links"
            return Violation("\(count) to \(host) use\(links.count == 1 ? "s" : "") unencrypted http://",
                             evidence: EvidenceText.shortened(links[0].href), at: links[0].position)
        }
    }
}
