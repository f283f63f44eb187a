import SpamLintInterop

/// Flags internationalized (punycode) hosts, and above all labels that mix scripts or imitate Latin.
public struct LinkPunycodeRule: Rule {
    public init() {}

    /// A single-script IDN is legitimate in many languages: a tenth of the homograph score.
    static let plainIDNFactor = 0.1

    public let description = RuleDescription(
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
            RuleExample(#"<p><a href="https://www.xn--pypal-4ve.com/signin">PayPal</a></p>"#),
            RuleExample(#"<p><a href="https://аррӏе.com/id">Apple ID</a></p>"#),
            RuleExample(#"<p><a href="https://xn--mnchen-3ya.example/events">Events in Munich</a></p>"#),
        ],
        nonTriggeringExamples: [
            RuleExample(#"<p><a href="https://www.paypal.com/signin">PayPal</a></p>"#),
            RuleExample(#"<p><a href="https://xn--mnchen-3ya.example/events">Events</a></p>"#, from: "news@münchen.example"),
            RuleExample(#"<p><a href="{{ base_url }}/events">Events</a></p>"#),
        ]
    )

    public func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        let senderOrganizations = SenderOrganizations.of(document)
        var seen: Set<String> = []
        return document.bodyLinks.compactMap { link in
            guard !link.isDynamic, let host = link.host, seen.insert(host).inserted else { return nil }
            guard LinkPunycodeRule.isInternational(host) else { return nil }
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
            if let organization = link.organizationalDomain, senderOrganizations.contains(organization) { return nil }
            return Violation("host \(unicode) is an internationalized (punycode) name: \(host)", evidence: EvidenceText.shortened(link.href),
                             at: link.position, scoreFactor: LinkPunycodeRule.plainIDNFactor)
        }
    }

    /// True when a label of the host is punycode (`xn--`) or holds a non-ASCII character.
    static func isInternational(_ host: String) -> Bool {
        var text = host
        // Every link host asks this; nearly all are ASCII. A non-ASCII byte is always in some label (a
        // Character holding it is never the "." that splits), and on ASCII bytes labels are byte runs.
        return text.withUTF8 { bytes in
            var labelStart = 0
            for index in bytes.indices {
                let byte = bytes[index]
                if byte >= 0x80 { return true }
                if byte == UInt8(ascii: ".") { labelStart = index + 1; continue }
                if index == labelStart + 3, byte == UInt8(ascii: "-"), bytes[index - 1] == UInt8(ascii: "-"),
                   bytes[index - 2] == UInt8(ascii: "n"), bytes[index - 3] == UInt8(ascii: "x") {
                    return true
                }
            }
            return false
        }
    }

    /// `isInternational` over Characters, as the rule first asked it.
    static func isInternationalByCharacters(_ host: String) -> Bool {
        host.split(separator: ".").contains { $0.hasPrefix("xn--") || !$0.allSatisfy(\.isASCII) }
    }
}
