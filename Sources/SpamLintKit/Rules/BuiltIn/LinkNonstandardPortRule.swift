/// Flags web links with an explicit port other than 80 and 443.
struct LinkNonstandardPortRule: Rule {
    init() {}

    /// Alternative web ports SpamAssassin's WEIRD_PORT leaves out; still odd in mail, so half score.
    static let alternativeWebPorts: Set<Int> = [8080, 8443]

    let description = RuleDescription(
        id: "link-nonstandard-port", name: "Link to a non-standard port", category: .links, severity: .warning, score: 1.0,
        summary: "An http(s) link or image names a port other than 80 or 443 (8080 and 8443 score half).",
        rationale: """
            Public web pages answer on ports 80 and 443; a URL with another port points at an ad-hoc server, \
            often a compromised host or a phishing kit. Microsoft's anti-spam ASF option "URL redirect to other \
            port" scores it and SpamAssassin has WEIRD_PORT (20_uri_tests.cf, which excludes 8080).
            """,
        fix: "Serve the page on the standard port (https:// without a port) from your own domain.",
        triggeringExamples: [
            RuleExample(#"<p><a href="↓https://login.acme-support.example:8443/verify">verify</a></p>"#),
            RuleExample(#"<p><a href="↓http://203.0.113.9:81/promo">promo</a></p>"#),
        ],
        nonTriggeringExamples: [
            RuleExample(#"<p><a href="https://www.acme.example/verify">verify</a> <a href="https://www.acme.example:443/x">x</a></p>"#),
            RuleExample(#"<p><a href="http://localhost:8080/preview">preview</a> <a href="ftp://files.acme.example:2121/">files</a></p>"#),
        ]
    )

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        var seen: Set<String> = []
        return document.bodyLinks.compactMap { link in
            guard !link.isDynamic, link.scheme == "http" || link.scheme == "https", let port = link.port, port != 80, port != 443,
                  let host = link.host, !LocalHost.contains(host), seen.insert("\(host):\(port)").inserted else { return nil }
            return Violation("link to \(host) uses port \(port)", evidence: EvidenceText.shortened(link.href), at: link.position,
                             scoreFactor: LinkNonstandardPortRule.alternativeWebPorts.contains(port) ? 0.5 : 1)
        }
    }
}
