import Testing
@testable import SpamLintKit

/// Per-link host questions answered from bytes or from memory must answer as the code they replace.
struct LinkHostFastPathTests {
    static let hostPieces = [
        "xn--", "xn--80ak6aa92e", "XN--abc", "xn-", "xn-—", "x", "n", "-", "--", ".", "..", "a", "acme", "example", "com",
        "mail.", "axn--b", "é", "ü", "münchen", "а", "рay", "\u{301}", ".\u{301}", "例え", "ｘｎ--", "\u{200D}", "1", "192",
        "0x7f", "[::1]", ":8080", " ", "\u{0}",
        "{{", "}}", "%", "|", "*", "<", ">", "[", "]", "$", "[2001:db8::1]", "{{host}}", "\u{FF5B}",
    ]

    static func hosts(seed: UInt64, count: Int) -> [String] {
        var samples = TextSamples(seed: seed)
        var hosts = ["", ".", "xn--", ".xn--", "a.xn--b", "axn--.com", "x.n--", "xn--.", "xn-.-", "Xn--a.com"]
        for _ in 0..<count {
            var host = ""
            for _ in 0..<(1 + Int(samples.next() % 6)) { host += samples.pick(hostPieces) }
            hosts.append(host)
        }
        return hosts
    }

    @Test func internationalHostsAsTheLabelSplitFindsThem() {
        for host in Self.hosts(seed: 0x1D4A, count: 2000) {
            #expect(LinkPunycodeRule.isInternational(host) == LinkPunycodeRule.isInternationalByCharacters(host), "\(host.debugDescription)")
        }
    }

    @Test func internationalEdgeCases() {
        #expect(LinkPunycodeRule.isInternational("www.xn--80ak6aa92e.com"))
        #expect(LinkPunycodeRule.isInternational("xn--p1ai"))
        #expect(!LinkPunycodeRule.isInternational("www.axn--b.com"))
        #expect(!LinkPunycodeRule.isInternational("XN--P1AI"))
        #expect(LinkPunycodeRule.isInternational("münchen.de"))
        #expect(!LinkPunycodeRule.isInternational("example.com"))
    }

    @Test func rememberedOrganizationalDomainsAnswerAsTheLookUp() {
        let hosts = Self.hosts(seed: 0x0D0A, count: 500) + ["mail.example.co.uk", "EXAMPLE.COM.", "192.168.0.1", "[::1]", "com", "a.b.c.example.org"]
        // Twice: the second round is answered from memory.
        for _ in 0..<2 {
            for host in hosts {
                #expect(OrganizationalDomain.of(host) == OrganizationalDomain.lookUp(host), "\(host.debugDescription)")
            }
        }
        #expect(OrganizationalDomain.of("Mail.Example.co.uk") == "example.co.uk")
        #expect(OrganizationalDomain.of("10.0.0.1") == nil)
    }

    /// `containsTemplateSyntax` as written before its byte pass.
    static func referenceContainsTemplateSyntax(_ host: String) -> Bool {
        if host.hasPrefix("["), host.hasSuffix("]"), host.dropFirst().dropLast().allSatisfy({ $0.isHexDigit || $0 == ":" || $0 == "." }) {
            return false
        }
        return host.contains { "{}%|*<>[]$".contains($0) }
    }

    @Test func templateSyntaxInHostsAsBefore() {
        var found = 0
        let hosts = Self.hosts(seed: 0x7E3A, count: 2000) + ["[2001:db8::1]", "[::1]", "[x]", "acme.example", "{{domain}}"]
        for host in hosts {
            let expected = Self.referenceContainsTemplateSyntax(host)
            if expected { found += 1 }
            #expect(LinkFactory.containsTemplateSyntax(host) == expected, "\(host.debugDescription)")
        }
        #expect(found > 200 && found < hosts.count - 200)
    }
}
