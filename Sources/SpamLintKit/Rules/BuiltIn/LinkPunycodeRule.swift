import SpamLintInterop

/// Flags internationalized (punycode) hosts, and above all labels that mix scripts or imitate Latin.
struct LinkPunycodeRule: Rule {
    init() {}

    /// A single-script IDN is legitimate in many languages: a tenth of the homograph score.
    static let plainIDNFactor = 0.1

    let description = RuleDescription(
        id: "link-punycode", name: "Punycode or homograph host", category: .links, severity: .warning, score: 3.0,
        summary: "A link host is an IDN (xn--); full score when a label mixes scripts (Cyrillic а in paypal) or is Cyrillic/Greek made to look Latin.",
        rationale: """
            Homograph hosts imitate a brand with look-alike letters from another script. Gmail's sender guidelines \
            require IDNs to meet UTS #39 §5.2 (Highly Restrictive: one script per label, or Latin with \
            Chinese/Japanese/Korean); rspamd scores URL_HOMOGRAPH_ATTACK and OMOGRAPH_URL at 5.0. A plain \
            single-script IDN (münchen.example) scores a tenth, and none on the sender's own domain. Hosts are \
            decoded with libidn2 (IDNA2008/UTS #46); scripts come from Unicode's Script property.
            """,
        fix: "Link to an ASCII domain you own; if you do use an IDN, keep every label in a single script.",
        triggeringExamples: [
            RuleExample(#"<p><a href="↓https://www.xn--pypal-4ve.com/signin">PayPal</a></p>"#),
            RuleExample(#"<p><a href="↓https://аррӏе.com/id">Apple ID</a></p>"#),
            RuleExample(#"<p><a href="↓https://xn--mnchen-3ya.example/events">Events in Munich</a></p>"#),
        ],
        nonTriggeringExamples: [
            RuleExample(#"<p><a href="https://www.paypal.com/signin">PayPal</a></p>"#),
            RuleExample(#"<p><a href="https://xn--mnchen-3ya.example/events">Events</a></p>"#, from: "news@münchen.example"),
            RuleExample(#"<p><a href="{{ base_url }}/events">Events</a></p>"#),
        ]
    )

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        // Worked out for the first plain IDN only: most messages have none.
        var senderOrganizations: Set<String>?
        var seen: Set<String> = []
        return document.bodyLinks.compactMap { link in
            guard !link.isDynamic, let host = link.host, Self.mayBeInternationalized(host), seen.insert(host).inserted else { return nil }
            let unicode = IDNA.toUnicode(host) ?? host
            let unicodeLabels = unicode.split(separator: ".")
            if let label = unicodeLabels.first(where: HostLabelScripts.isMixed) {
                let scripts = HostLabelScripts.scripts(of: label).sorted().joined(separator: " + ")
                return Violation("host \(unicode) (\(host)) mixes \(scripts) letters in \"\(label)\": a homograph of another name",
                                 evidence: EvidenceText.shortened(link.href), at: link.position)
            }
            if let label = unicodeLabels.first(where: HostLabelScripts.isWholeScriptConfusable) {
                return Violation("host \(unicode) (\(host)) is written in \(HostLabelScripts.scripts(of: label).first ?? "") letters that look Latin in \"\(label)\"",
                                 evidence: EvidenceText.shortened(link.href), at: link.position)
            }
            if let organization = link.organizationalDomain {
                if senderOrganizations == nil { senderOrganizations = SenderOrganizations.of(document) }
                if senderOrganizations!.contains(organization) { return nil }
            }
            return Violation("host \(unicode) is an internationalized (punycode) name: \(host)", evidence: EvidenceText.shortened(link.href),
                             at: link.position, scoreFactor: LinkPunycodeRule.plainIDNFactor)
        }
    }

    /// Some label of `host` starts with "xn--" or holds a non-ASCII character, as splitting the host into
    /// Character labels finds: for an ASCII host the labels are the byte runs between dots, and a
    /// non-ASCII byte always belongs to a non-ASCII Character.
    static func mayBeInternationalized(_ host: String) -> Bool {
        var host = host
        return host.withUTF8 { bytes in
            if !ASCIIByte.allASCII(bytes) { return true }
            let marker = Array("xn--".utf8)
            var index = 0
            while index + marker.count <= bytes.count {
                if (index == 0 || bytes[index - 1] == UInt8(ascii: ".")), bytes[index] == marker[0], bytes[index + 1] == marker[1],
                   bytes[index + 2] == marker[2], bytes[index + 3] == marker[3] { return true }
                index += 1
            }
            return false
        }
    }
}
