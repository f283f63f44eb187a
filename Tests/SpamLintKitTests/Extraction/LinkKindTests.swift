import Testing
@_spi(CLI) @testable import SpamLintKit

extension Extraction {
    @Suite struct LinkKindTests {
        @Test func everyHTMLLinkKindIsFound() {
            let source = """
            <html><head><style>.a { background-image: url("https://cdn.example/style.png"); }</style></head>
            <body background="https://cdn.example/bg.gif">
            <a href="https://a.example/anchor">Anchor</a>
            <map name="m"><area href="https://a.example/area" alt="Area text"></map>
            <img src="https://img.example/pic.png" alt="Pic">
            <form action="https://forms.example/post"><input name="q"></form>
            <div style="background: url(https://cdn.example/inline.png) no-repeat">x</div>
            <input type="image" src="https://img.example/button.png">
            </body></html>
            """
            let links = Extraction.links(source)
            func find(_ href: String) -> Link? { links.first { $0.href == href } }
            #expect(find("https://cdn.example/style.png")?.kind == .css)
            #expect(find("https://cdn.example/bg.gif")?.kind == .css)
            #expect(find("https://a.example/anchor")?.kind == .anchor)
            #expect(find("https://a.example/area")?.kind == .area)
            #expect(find("https://a.example/area")?.text == "Area text")
            #expect(find("https://img.example/pic.png")?.kind == .image)
            #expect(find("https://img.example/pic.png")?.text == "Pic")
            #expect(find("https://forms.example/post")?.kind == .form)
            #expect(find("https://cdn.example/inline.png")?.kind == .css)
            #expect(find("https://img.example/button.png")?.kind == .image)
            #expect(links.count == 8)
            #expect(links.allSatisfy { $0.part == .html })
            #expect(find("https://a.example/anchor")?.position == SourcePosition(line: 3, column: 10))
            #expect(find("https://cdn.example/bg.gif")?.position == SourcePosition(line: 2, column: 19))
        }

        @Test func hostIsLowerCasedAndPortAndUserInfoRead() throws {
            let links = Extraction.links("""
            <a href="HTTPS://WWW.Acme.EXAMPLE:8443/Path?Q=1">a</a>
            <a href="http://user:pw@evil.example/">b</a>
            """)
            #expect(links.count == 2)
            #expect(links[0].scheme == "https")
            #expect(links[0].host == "www.acme.example")
            #expect(links[0].port == 8443)
            #expect(!links[0].hasUserInfo)
            #expect(links[0].organizationalDomain == "acme.example")
            #expect(links[0].href == "HTTPS://WWW.Acme.EXAMPLE:8443/Path?Q=1")
            #expect(links[1].hasUserInfo)
            #expect(links[1].host == "evil.example")
            #expect(links[1].port == nil)
        }

        @Test(arguments: [
            ("https://bücher.example/", "xn--bcher-kva.example", "xn--bcher-kva.example"),
            ("https://a.b.example.co.uk/x", "a.b.example.co.uk", "example.co.uk"),
            ("https://news.acme.com./", "news.acme.com", "acme.com"),
        ])
        func hostAndOrganizationalDomain(href: String, host: String, organizational: String) throws {
            let link = try #require(Extraction.links("<a href=\"\(href)\">x</a>").first)
            #expect(link.host == host)
            #expect(link.organizationalDomain == organizational)
        }

        @Test(arguments: [
            ("http://192.168.1.1/login", "192.168.1.1"),
            ("http://[2001:db8::1]/", "[2001:db8::1]"),
            ("http://[2001:db8::1]:8080/", "[2001:db8::1]"),
            ("http://3232235777/", "3232235777"),
            ("http://0xC0A80101/", "0xc0a80101"),
        ])
        func ipHostsHaveNoOrganizationalDomain(href: String, host: String) throws {
            let link = try #require(Extraction.links("<a href=\"\(href)\">x</a>").first)
            #expect(link.host == host)
            #expect(link.organizationalDomain == nil)
            #expect(IPAddressLiteral.isLiteral(host))
        }

        @Test func bareURLsInATextTemplateHaveLineAndColumn() {
            let source = "Hello,\n\nVisit https://acme.example/a, or www.Acme.example/b.\n  Unsubscribe: {{ unsubscribe_url }} (HTTP://X.example)\n"
            let document = Extraction.read(source)
            #expect(document.htmlBodies.isEmpty)
            let links = document.textBodies.first?.links ?? []
            #expect(links.map(\.href) == ["https://acme.example/a", "www.Acme.example/b", "HTTP://X.example"])
            #expect(links.map(\.position) == [
                SourcePosition(line: 3, column: 7),
                SourcePosition(line: 3, column: 34),
                SourcePosition(line: 4, column: 39),
            ])
            #expect(links.map(\.host) == ["acme.example", "www.acme.example", "x.example"])
            #expect(links.allSatisfy { $0.kind == .text && $0.part == .text })
            #expect(document.textBodies.first?.text.hasPrefix("Hello, Visit https://acme.example/a") == true)
        }

        @Test func bareURLScannerFindsURLs() {
            let matches = BareURLScanner.scan("See https://a.example/x.\nno url here\n(http://b.example/y) and xwww.c.example and www.d.example")
            #expect(matches.map(\.url) == ["https://a.example/x", "http://b.example/y", "www.d.example"])
            #expect(matches.map(\.line) == [1, 3, 3])
            #expect(matches.map(\.column) == [5, 2, 45])
        }

        @Test func bareURLColumnsCountScalarsNotBytes() {
            let matches = BareURLScanner.scan("Café → https://a.example/")
            #expect(matches.first?.column == 8)
        }

        /// Outside ASCII the scan decodes scalars: Unicode whitespace ends a URL, a letter or digit
        /// before `www.` joins it to a word, a symbol does not; columns count scalars.
        @Test func bareURLScannerReadsScalarsOutsideASCII() {
            let matches = BareURLScanner.scan("→www.a.example/é\u{00A0}x éwww.b.example ٣www.c.example ＨTTP://d.example HTTPS://Ü.example/x\u{3000}y")
            #expect(matches == [BareURLScanner.Match(url: "www.a.example/é", line: 1, column: 2),
                                BareURLScanner.Match(url: "HTTPS://Ü.example/x", line: 1, column: 67)])
        }

        @Test func bareURLScannerIgnoresShortAndEmpty() {
            #expect(BareURLScanner.scan("").isEmpty)
            #expect(BareURLScanner.scan("http://").isEmpty)
            #expect(BareURLScanner.scan("www.").isEmpty)
        }

        @Test func cssURLScanner() {
            #expect(CSSURLScanner.urls(in: "a{background:URL( 'x.png' )} b{src:url(\"y.woff\")} c{u:url(z)} d{url()}") == ["x.png", "y.woff", "z"])
            #expect(CSSURLScanner.urls(in: "color: red").isEmpty)
            #expect(CSSURLScanner.urls(in: "url(unterminated").isEmpty)
        }
    }
}
