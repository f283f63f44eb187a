import Testing
import Foundation
@_spi(CLI) @testable import SpamLintKit

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
            let byCharacters = host.split(separator: ".").contains { $0.hasPrefix("xn--") || !$0.allSatisfy(\.isASCII) }
            #expect(LinkPunycodeRule.mayBeInternationalized(host) == byCharacters, "\(host.debugDescription)")
        }
    }

    @Test func internationalEdgeCases() {
        #expect(LinkPunycodeRule.mayBeInternationalized("www.xn--80ak6aa92e.com"))
        #expect(LinkPunycodeRule.mayBeInternationalized("xn--p1ai"))
        #expect(!LinkPunycodeRule.mayBeInternationalized("www.axn--b.com"))
        #expect(!LinkPunycodeRule.mayBeInternationalized("XN--P1AI"))
        #expect(LinkPunycodeRule.mayBeInternationalized("münchen.de"))
        #expect(!LinkPunycodeRule.mayBeInternationalized("example.com"))
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

/// `URLInSubjectRule.mayHoldURL` may only rule out subjects where no word passes the rule's own test.
struct URLInSubjectPrefilterTests {
    static func someWordPasses(_ text: String) -> Bool {
        text.split(whereSeparator: \.isWhitespace).contains { token in
            let lower = String(token).lowercased()
            return lower.contains("://") || lower.contains("www.") || lower.contains("/")
        }
    }

    @Test func rulesOutOnlyWhatTheRuleSkips() {
        var samples = TextSamples(seed: 0x5B7C)
        let pieces = ["www.", "WWW.", "Www", ".", "/", "://", "w", "W", "\u{338}", "\u{2215}", "\u{FF0F}", "ｗｗｗ.", "\u{212A}", "é", "Sale", " "]
        var subjects = TextSamples.corpus(seed: 0x5B7C, count: 300)
        for _ in 0..<1500 {
            var subject = ""
            for _ in 0..<Int(samples.next() % 8) { subject += samples.pick(pieces) + (samples.next() % 2 == 0 ? " " : "") }
            subjects.append(subject)
        }
        var passing = 0
        var ruledOut = 0
        for subject in subjects {
            if Self.someWordPasses(subject) {
                passing += 1
                #expect(URLInSubjectRule.mayHoldURL(subject), "\(subject.debugDescription)")
            }
            if !URLInSubjectRule.mayHoldURL(subject) { ruledOut += 1 }
        }
        #expect(passing > 200 && ruledOut > 200, "\(passing) \(ruledOut)")
    }
}

/// `RedirectDestinations.queryMayCarryWebURL` may only rule out queries none of whose values is a web URL.
struct RedirectorQueryPrefilterTests {
    @Test func rulesOutOnlyQueriesWithoutWebURLs() {
        var samples = TextSamples(seed: 0x0E1A)
        let pieces = ["?", "&", ";", "=", "url=", "u=", "http://x.example", "HTTPS://X.EXAMPLE/a", " http://y.example", "+http://z.example",
                      "%68ttp://w.example", "%3A%2F%2F", "h", "t", "p", "htt", "http", "https:/", "#", "#http://f.example", "é", "ｈttp://v.example",
                      "%", "%%", "/path", "id=123", "\u{212A}"]
        var rests = ["", "/", "?", "?url=http://a.example", "/p?x=1#http://b.example", "?u=+https://c.example"]
        for _ in 0..<3000 {
            var rest = samples.next() % 2 == 0 ? "/p" : ""
            if samples.next() % 8 != 0 { rest += "?" }
            // Name=value pairs, the values built from the pieces (a web URL among them or not).
            for item in 0..<Int(samples.next() % 4) {
                if item > 0 { rest += samples.pick(["&", ";"]) }
                rest += samples.pick(["u", "url", "q", "id", ""]) + (samples.next() % 6 == 0 ? "" : "=")
                for _ in 0..<1 + Int(samples.next() % 2) { rest += samples.pick(pieces) }
            }
            rests.append(rest)
        }
        var carrying = 0
        var ruledOut = 0
        for rest in rests {
            let url = ParsedURL(scheme: "https", host: "r.example", port: nil, hasUserInfo: false, rest: rest)
            if url.queryItems.contains(where: { OpenRedirectorList.isWebURL($0.value) }) {
                carrying += 1
                #expect(RedirectDestinations.queryMayCarryWebURL(rest), "\(rest.debugDescription)")
            }
            if !RedirectDestinations.queryMayCarryWebURL(rest) { ruledOut += 1 }
        }
        #expect(carrying > 300 && ruledOut > 300, "\(carrying) \(ruledOut)")
    }
}
