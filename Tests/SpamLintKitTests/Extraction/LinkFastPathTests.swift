import Foundation
import Testing
@_spi(CLI) @testable import SpamLintKit

/// The ASCII byte paths of link handling must answer exactly as the general Character, scalar
/// or regex code they stand in for. Inputs are built from pieces that exercise the edges (case,
/// whitespace, `\r\n`, separators, escapes, brackets), drawn by a seeded generator so every run
/// checks the same thousands of strings.
extension Extraction {
    @Suite struct LinkFastPathTests {
        /// SplitMix64: a fixed sequence from a fixed seed.
        struct Generator {
            var state: UInt64
            mutating func next(_ bound: Int) -> Int {
                state &+= 0x9E37_79B9_7F4A_7C15
                var z = state
                z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
                z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
                return Int((z ^ (z >> 31)) % UInt64(bound))
            }

            mutating func string(from pieces: [String], maxPieces: Int) -> String {
                (0..<next(maxPieces + 1)).map { _ in pieces[next(pieces.count)] }.joined()
            }
        }

        static let asciiPieces = [
            "http", "https", "HTTPS", "hTtP", "://", ":/", "//", "\\\\", "/", "\\", ":", "?", "#", "@", "[", "]", "%", "%2F",
            "%4", "%e9", "+", "&", ";", "=", ".", "..", "-", "www.", "WWW.", "Www.", "wWw.", "url", "URL", " ", "\t", "\n",
            "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{1C}", "a", "Z", "x.example", "Shop.Example.COM", "0x1F", "0X", "127",
            "8080", "+80", "-1", "99999999999999999999", "'", "\"", "<", ">", "(", ")", ",", "!", "|", "{", "}", "`", "^",
            "mailto", "javascript", "1a", "secure.", "q=", "share",
        ]
        static let unicodePieces = asciiPieces + ["é", "e\u{301}", "\u{301}", "ſ", "\u{A0}", "\u{85}", "Ｈ", "。", "例", "\u{FEFF}", "🔒"]

        static func asciiSamples(seed: UInt64, count: Int = 4000) -> [String] {
            var generator = Generator(state: seed)
            return (0..<count).map { _ in generator.string(from: asciiPieces, maxPieces: 10) }
        }

        static func unicodeSamples(seed: UInt64, count: Int = 3000) -> [String] {
            var generator = Generator(state: seed)
            return (0..<count).map { _ in generator.string(from: unicodePieces, maxPieces: 10) }
        }

        @Test func asciiURLParseHandlesTheEdges() throws {
            let bracketed = try #require(ParsedURL(" HTTP://User@[2001:DB8::1]:+81/P?Q#F\t"))
            #expect(bracketed == ParsedURL(scheme: "http", host: "[2001:db8::1]", port: 81, hasUserInfo: true, rest: "/P?Q#F"))
            let dotted = try #require(ParsedURL("https://Ex\tample.COM...:/x"))
            #expect(dotted == ParsedURL(scheme: "https", host: "example.com", port: nil, hasUserInfo: false, rest: "/x"))
            #expect(ParsedURL(" \r\n\t ") == nil)
            #expect(ParsedURL("https://.../")?.host == nil)
            #expect(ParsedURL("mailto://a.example")?.host == nil)
        }

        @Test func pathAndQueryDecodingAgreeWithTheCharacterWalk() {
            for text in Self.unicodeSamples(seed: 2) {
                guard let url = ParsedURL(text) else { continue }
                #expect(url.path == String(url.rest.prefix { $0 != "?" && $0 != "#" }), "\(text.debugDescription)")
                for piece in url.rest.split(separator: "&") {
                    let general = String(piece).replacingOccurrences(of: ["+"], with: " ").removingPercentEncodingLeniently()
                    #expect(ParsedURL.formDecoded(piece) == general, "\(piece.debugDescription)")
                }
            }
            let url = ParsedURL("https://r.example/go?U%52L=https%3A%2F%2Fa.example%2F%3Fx%3D1+2&b=%zz+%2B")
            #expect(url?.queryItems.map(\.name) == ["url", "b"])
            #expect(url?.queryItems.map(\.value) == ["https://a.example/?x=1 2", "%zz +"])
        }

        @Test func ipLiteralBytePathAgreesWithTheCharacterTest() {
            var generator = Generator(state: 3)
            let pieces = ["0", "1", "255", "0x", "0X", "fF", "g", ".", ":", "[", "]", "a", "-", "9"]
            for _ in 0..<4000 {
                let host = generator.string(from: pieces, maxPieces: 8)
                #expect(IPAddressLiteral.isLiteral(host) == IPAddressLiteral.isLiteralByCharacters(host), "\(host)")
            }
            #expect(IPAddressLiteral.isLiteral("0x7f.1"))
            #expect(IPAddressLiteral.isLiteral("3232235777"))
            #expect(!IPAddressLiteral.isLiteral("1.2.3.4.5"))
            #expect(!IPAddressLiteral.isLiteral("1..2"))
            #expect(!IPAddressLiteral.isLiteral("example.com"))
            // Full-width digits are not ASCII digits: the Character test answers, as before.
            #expect(!IPAddressLiteral.isLiteral("１.２"))
        }

        /// One RE2 expression answers for every text, ASCII or not.
        @Test(arguments: [
            ("Go to HTTPS://Bank.example/login\u{1C}x now", "HTTPS://Bank.example/login\u{1C}x"), ("httpſ://bank.example", nil),
            ("Visit https://bänk.example/ü\u{A0}now", "https://bänk.example/ü"), ("a https://x\u{2028}y", "https://x"),
            ("ＨＴＴＰＳ://x.example", nil), ("http://x.example https://y.example/?q=é", "https://y.example/?q=é"), ("no link", nil),
        ] as [(String, String?)])
        func secureURLIsTheFirstHTTPSAddress(text: String, expected: String?) {
            #expect(LinkHTTPSTextHTTPHrefRule.httpsURL(in: text) == expected, "\(text.debugDescription)")
        }

        @Test(arguments: [
            ("0; URL = 'https://a.example/x' ", "https://a.example/x"), ("5; url=''; url=b", "b"), ("5", nil),
            ("0;url=\u{A0}'https://ü.example/' x", "https://ü.example/"), ("0; Url=“https://a.example”", "“https://a.example”"),
            ("0; url =\thttps://a.example\u{2003}junk", "https://a.example"), ("0; urn=x", nil),
        ] as [(String, String?)])
        func metaRefreshTargetFollowsURLEquals(content: String, expected: String?) {
            #expect(MetaRefreshRule.refreshTarget(in: content) == expected, "\(content.debugDescription)")
        }

        @Test func bareURLLinesFollowCharacters() {
            for text in Self.unicodeSamples(seed: 9) + Self.asciiSamples(seed: 10) {
                var expected: [BareURLScanner.Match] = []
                var number = 0
                for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                    number += 1
                    guard TextSearch.contains(String(line), "://") || TextSearch.contains(String(line), "www.")
                        || TextSearch.contains(String(line), "WWW.") || TextSearch.contains(String(line), "Www.") else { continue }
                    expected += BareURLScanner.scanLine(line, line: number)
                }
                #expect(BareURLScanner.scan(text) == expected, "\(text.debugDescription)")
            }
            // `\r\n` is one Character: it does not end a line, as `split(separator: "\n")` sees it.
            let crlf = BareURLScanner.scan("a\r\nsee www.a.example\nand https://b.example/x).")
            #expect(crlf == [BareURLScanner.Match(url: "www.a.example", line: 1, column: 8),
                             BareURLScanner.Match(url: "https://b.example/x", line: 2, column: 5)])
        }

        @Test func displayNameTokensAgreeWithTheCharacterSplit() {
            let separators: Set<Character> = ["<", ">", "(", ")", "[", "]", "\"", "'", ",", ";", ":", "|"]
            for text in Self.unicodeSamples(seed: 11) + Self.asciiSamples(seed: 12) {
                #expect(DomainMention.tokens(of: text) == text.split(whereSeparator: { $0.isWhitespace || separators.contains($0) }),
                        "\(text.debugDescription)")
            }
        }

        @Test func subdomainTestAgreesWithTheSuffixTest() {
            var generator = Generator(state: 13)
            let pieces = ["a", "b", ".", "example", "com", "x-y", "é", "e\u{301}", "\u{301}"]
            for _ in 0..<4000 {
                let candidate = generator.string(from: pieces, maxPieces: 6)
                let domain = generator.string(from: pieces, maxPieces: 3)
                #expect(OpenRedirectorList.isSubdomain(candidate, of: domain) == candidate.hasSuffix("." + domain),
                        "\(candidate) \(domain)")
            }
        }

        @Test func templateSyntaxGuardKeepsTheDelimiterAnswers() {
            func general(_ href: String) -> String? {
                for (open, close) in [("{{", "}}"), ("{%", "%}"), ("*|", "|*"), ("%%", "%%"), ("<%", "%>"), ("[[", "]]"), ("${", "}")]
                where href.hasPrefix(open) {
                    guard let end = href.range(of: close, range: href.index(href.startIndex, offsetBy: open.count)..<href.endIndex) else { return href }
                    return String(href[..<end.upperBound])
                }
                return nil
            }
            var generator = Generator(state: 14)
            let pieces = ["{", "}", "{{", "}}", "%", "*", "|", "<", ">", "[", "]", "$", "\u{301}", "x", "url", " "]
            for _ in 0..<4000 {
                let href = generator.string(from: pieces, maxPieces: 6)
                #expect(LinkFactory.leadingTemplateSyntax(href) == general(href), "\(href.debugDescription)")
            }
            #expect(LinkFactory.leadingTemplateSyntax("{{ url }}/x") == "{{ url }}")
            #expect(LinkFactory.leadingTemplateSyntax("https://a.example/{{x}}") == nil)
        }

        @Test func httpSchemeTestAgreesWithLowerCasing() {
            var generator = Generator(state: 15)
            let pieces = ["h", "H", "t", "T", "p", "P", ":", "s", "/", "\u{301}", "\u{212A}", "\u{130}", "é", "http:", "HTTP:", "x"]
            for _ in 0..<4000 {
                let href = generator.string(from: pieces, maxPieces: 7)
                #expect(HTTPHref.startsWithHTTPColon(href) == href.lowercased().hasPrefix("http:"), "\(href.debugDescription)")
            }
            #expect(HTTPHref.startsWithHTTPColon("HTTP://a.example"))
            #expect(!HTTPHref.startsWithHTTPColon("http:\u{301}//a.example"))
            #expect(!HTTPHref.startsWithHTTPColon("https://a.example"))
        }

        @Test func localHostsAreRecognised() {
            #expect(LocalHost.contains("intranet"))
            #expect(LocalHost.contains("printer.local"))
            #expect(!LocalHost.contains("a.example"))
            #expect(!LocalHost.contains("[2001:db8::1]"))
        }

        @Test func rememberedListAnswersEqualFreshOnes() async {
            // A set parsed from the same list text has no built-in list behind it, so no cache.
            let lists: [(DomainSet, BuiltInDomainList)] = [
                (DomainKnowledge.builtIn.shorteners, .shorteners), (DomainKnowledge.builtIn.clickTrackers, .clickTrackers),
                (DomainKnowledge.builtIn.freemail, .freemail),
            ]
            let hosts = ["bit.ly", "WWW.Bit.LY", "x.page.link", "page.link", "us1.list-manage.com", "yahoo.co.uk", "mail.yahoo.fr",
                         "gmail.com", "acme.example", "é.example", "e\u{301}.example", "", "."]
            for (builtIn, list) in lists {
                let fresh = DomainSet(listText: BuiltInRuleFiles.text(list.rawValue) ?? "")
                let expected = hosts.map { fresh.match($0) }
                #expect(expected.contains { $0 != nil })
                let rounds = await withTaskGroup(of: [String?].self) { group in
                    for _ in 0..<4 { group.addTask { hosts.map { builtIn.match($0) } } }
                    return await group.reduce(into: []) { $0.append($1) }
                }
                for round in rounds { #expect(round == expected, "\(list)") }
            }
        }

        @Test func hostScriptsAreTheSameOnEveryLookupAndThread() async {
            let labels: [Substring] = ["pаypal", "аррӏе", "例え", "bücher", "παράδειγμα", "テスト", "mañana", "a\u{301}b"]
            let first = labels.map { HostLabelScripts.scripts(of: $0) }
            #expect(first[0] == ["Latin", "Cyrillic"])
            #expect(first[1] == ["Cyrillic"])
            #expect(first[4] == ["Greek"])
            let concurrent = await withTaskGroup(of: [Set<String>].self) { group in
                for _ in 0..<8 { group.addTask { labels.map { HostLabelScripts.scripts(of: $0) } } }
                return await group.reduce(into: []) { $0.append($1) }
            }
            for result in concurrent { #expect(result == first) }
        }
    }
}
