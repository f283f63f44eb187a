import Testing
@_spi(CLI) @testable import SpamLintKit

extension Extraction {
    @Suite struct ParsedURLTests {
        @Test func ordinaryURL() throws {
            let url = try #require(ParsedURL("https://Shop.Example.com:8080/a/b?q=1#f"))
            #expect(url.scheme == "https")
            #expect(url.host == "shop.example.com")
            #expect(url.port == 8080)
            #expect(!url.hasUserInfo)
            #expect(url.rest == "/a/b?q=1#f")
        }

        @Test(arguments: [
            ("https:\\\\evil.example\\path", "https", "evil.example"),
            ("https:/\\evil.example/", "https", "evil.example"),
            ("//cdn.example/x.png", nil, "cdn.example"),
            ("\\\\cdn.example/x.png", nil, "cdn.example"),
            ("HTTPS://EXAMPLE.COM/", "https", "example.com"),
            ("https://example.com./", "https", "example.com"),
            ("https://%65xample.com/", "https", "example.com"),
            ("https://b%C3%BCcher.example/", "https", "xn--bcher-kva.example"),
            ("https://bücher.example/", "https", "xn--bcher-kva.example"),
            ("https://例え。テスト/", "https", "xn--r8jz45g.xn--zckzah"),
            ("  https://a.example/  ", "https", "a.example"),
            ("https://user:pass@real.example@evil.example/", "https", "evil.example"),
            ("https://good.example\\@evil.example/", "https", "good.example"),
            ("http://[2001:db8::1]:8080/", "http", "[2001:db8::1]"),
            ("https://a.example?x=1", "https", "a.example"),
            ("https://a.example#frag", "https", "a.example"),
        ])
        func hosts(text: String, scheme: String?, host: String) throws {
            let url = try #require(ParsedURL(text))
            #expect(url.scheme == scheme)
            #expect(url.host == host)
        }

        @Test(arguments: [
            ("mailto:someone@example.com", "mailto"),
            ("MAILTO:someone@example.com?subject=unsubscribe", "mailto"),
            ("javascript:alert(1)", "javascript"),
            ("JavaScript:alert(1)", "javascript"),
            ("java\tscript:alert(1)", "javascript"),
            ("java\nscript:alert(1)", "javascript"),
            ("tel:+15551234", "tel"),
            ("data:text/html;base64,PHA+", "data"),
        ])
        func schemesWithoutHosts(text: String, scheme: String) throws {
            let url = try #require(ParsedURL(text))
            #expect(url.scheme == scheme)
            #expect(url.host == nil)
        }

        @Test func userInfoAndPorts() throws {
            let url = try #require(ParsedURL("http://admin@10.0.0.1:81/"))
            #expect(url.hasUserInfo)
            #expect(url.host == "10.0.0.1")
            #expect(url.port == 81)
            #expect(ParsedURL("http://a.example:/")?.port == nil)
            #expect(ParsedURL("http://a.example:/")?.host == "a.example")
            #expect(ParsedURL("http://[::1]/")?.port == nil)
            #expect(ParsedURL("http://[::1]:443/")?.port == 443)
        }

        @Test func relativeURLsHaveNoSchemeOrHost() throws {
            let url = try #require(ParsedURL("/path/page.html?x=1"))
            #expect(url.scheme == nil)
            #expect(url.host == nil)
            #expect(url.rest == "/path/page.html?x=1")
            #expect(ParsedURL("page.html")?.host == nil)
            #expect(ParsedURL("#top")?.scheme == nil)
        }

        @Test(arguments: ["", " ", "\n\t ", "\u{FEFF}"])
        func emptyInputIsNil(text: String) {
            #expect(ParsedURL(text) == nil)
        }

        @Test func emptyAuthorityHasNoHost() {
            // As browsers read special schemes: any number of slashes, then the host.
            #expect(ParsedURL("https:///path")?.host == "path")
            #expect(ParsedURL("https://")?.host == nil)
            #expect(ParsedURL("https://.../")?.host == nil)
        }

        @Test func delimitersAreFoundByCodePoint() throws {
            // As browsers split URLs: a combining mark after `/` does not join it into the host.
            let url = try #require(ParsedURL("https://a.example/\u{301}x"))
            #expect(url.host == "a.example")
            #expect(url.rest == "/\u{301}x")
            // Unicode whitespace and a byte-order mark around the href are not part of it.
            #expect(ParsedURL("\u{FEFF}\u{A0}https://b.example/\u{3000}")?.rest == "/")
        }

        @Test func percentDecodingIsLenient() {
            #expect("a%2Fb%zz%4".removingPercentEncodingLeniently() == "a/b%zz%4")
            #expect("%41%42".removingPercentEncodingLeniently() == "AB")
            #expect("plain".removingPercentEncodingLeniently() == "plain")
        }
    }
}
