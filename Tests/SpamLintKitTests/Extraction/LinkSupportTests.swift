import Testing
@_spi(CLI) @testable import SpamLintKit

extension Extraction {
    @Suite struct OpenRedirectorListTests {
        let list = OpenRedirectorList(listText: """
            # comment
            google.com /url q
            .safelinks.protection.outlook.com / url
            l.facebook.com /l.php u
            incomplete-line /x
            """)

        @Test func parsesEndpointsAndSkipsIncompleteLines() {
            #expect(list.endpoints.count == 3)
            #expect(list.endpoints[1].matchesSubdomains && list.endpoints[1].host == "safelinks.protection.outlook.com")
        }

        @Test(arguments: [
            ("https://google.com/url?sa=t&q=https%3A%2F%2Fevil.example%2Fx", "https://evil.example/x"),
            ("https://nam02.safelinks.protection.outlook.com/?url=https://evil.example/&data=1", "https://evil.example/"),
            ("https://l.facebook.com/l.php?u=http%3A%2F%2Fevil.example", "http://evil.example"),
        ])
        func unwrapsKnownEndpoints(href: String, wrapped: String) throws {
            let url = try #require(ParsedURL(href))
            #expect(list.wrappedURL(in: url) == wrapped)
        }

        @Test(arguments: [
            "https://google.com/url?q=cheap+flights",
            "https://google.com/search?q=https://evil.example/",
            "https://www.google.com/url?q=https://evil.example/",
            "https://safelinks.protection.outlook.com/?url=https://evil.example/",
            "https://l.facebook.com/l.php?x=https://evil.example/",
        ])
        func leavesOtherURLsAlone(href: String) throws {
            let url = try #require(ParsedURL(href))
            #expect(list.wrappedURL(in: url) == nil)
        }

        @Test func builtInListIsEmbedded() {
            #expect(OpenRedirectorList.builtIn.endpoints.count >= 15)
            #expect(DomainKnowledge.builtIn.openRedirectors.endpoints.contains { $0.host == "l.facebook.com" })
        }

        @Test func queryItemsAreDecoded() throws {
            let url = try #require(ParsedURL("https://x.example/p/a?A=1&b=two+words;c=%2Fx#frag?d=4"))
            #expect(url.path == "/p/a")
            #expect(url.queryItems.map(\.name) == ["a", "b", "c"])
            #expect(url.queryItems.map(\.value) == ["1", "two words", "/x"])
        }
    }

    @Suite struct HostLabelScriptsTests {
        @Test(arguments: ["paypal", "münchen", "日本語", "ドメイン名例", "xn--abc", "bücher-123", "例え-example", "한국"])
        func singleScriptOrAllowedCombinationsAreNotMixed(label: String) {
            #expect(!HostLabelScripts.isMixed(Substring(label)))
        }

        @Test(arguments: ["p\u{0430}ypal", "g\u{043E}\u{043E}gle", "\u{03B1}pple", "aмазон"])
        func latinMixedWithCyrillicOrGreekIsMixed(label: String) {
            #expect(HostLabelScripts.isMixed(Substring(label)))
        }

        @Test func scriptsIgnoreDigitsAndHyphens() {
            #expect(HostLabelScripts.scripts(of: "abc-123") == ["Latin"])
            #expect(HostLabelScripts.scripts(of: "пример-1") == ["Cyrillic"])
            #expect(HostLabelScripts.scripts(of: "12-34").isEmpty)
        }

        @Test func wholeScriptConfusables() {
            #expect(HostLabelScripts.isWholeScriptConfusable("\u{0430}\u{0440}\u{0440}\u{04CF}\u{0435}"))  // аррӏе
            #expect(!HostLabelScripts.isWholeScriptConfusable("пример"))
            #expect(!HostLabelScripts.isWholeScriptConfusable("apple"))
            #expect(!HostLabelScripts.isWholeScriptConfusable("ор"))
        }
    }
}
