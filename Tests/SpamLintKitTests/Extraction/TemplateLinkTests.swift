import Testing
@_spi(CLI) @testable import SpamLintKit

extension Extraction {
    @Suite struct TemplateLinkTests {
        @Test(arguments: [
            "{{ unsubscribe_url }}", "{{{unsubscribe_url}}}", "*|UNSUB|*", "<%asm_group_unsubscribe_raw_url%>",
            "%%unsub_center_url%%", "<%= unsubscribe_url %>", "{{ contact.unsubscribe_link }}",
        ])
        func placeholderHrefIsDynamic(placeholder: String) throws {
            let links = Extraction.links("<p><a href=\"\(placeholder)\">Unsubscribe</a></p>")
            let link = try #require(links.first)
            #expect(links.count == 1)
            #expect(link.kind == .anchor)
            #expect(link.isDynamic)
            #expect(link.placeholder == placeholder)
            #expect(link.href == placeholder)
            #expect(link.host == nil)
            #expect(link.organizationalDomain == nil)
            #expect(link.text == "Unsubscribe")
        }

        @Test(arguments: [
            ("https://acme.example/sale@TrackLink", "acme.example"),
            ("https://acme.example@TrackLink", "acme.example"),
            (#"{{ TrackLink "https://acme.example/sale" . }}"#, "acme.example"),
            (#"{{ TrackLink "https://acme.example/sale" }}"#, "acme.example"),
            ("%%=RedirectTo('https://shop.example/p?id=1')=%%", "shop.example"),
            (#"%%=redirectto("https://shop.example/")=%%"#, "shop.example"),
        ])
        func trackingTagsGoToTheURLTheyName(href: String, host: String) throws {
            // listmonk and AMPscript send the click through the ESP's tracker to this URL.
            let link = try #require(Extraction.links("<p><a href=\"\(href)\">Sale</a></p>").first)
            #expect(!link.isDynamic)
            #expect(link.host == host)
            #expect(!link.hasUserInfo)
            #expect(link.href == href)
        }

        @Test(arguments: ["%%=RedirectTo(@url)=%%", "{{ TrackLink .URL }}", "{{${unsubscribe_url}}}", "{{content_blocks.${footer}}}"])
        func trackingTagsOfVariablesStayDynamic(href: String) throws {
            let link = try #require(Extraction.links("<p><a href=\"\(href)\">Go</a></p>").first)
            #expect(link.isDynamic)
            #expect(link.placeholder == href)
            #expect(link.host == nil)
        }

        @Test func trackedLinkTextIsComparedWithItsDestination() {
            let document = Extraction.read(#"<p><a href="{{ TrackLink "https://login-verify.example/" . }}">www.paypal.com</a> <a href="https://acme.example/a@TrackLink">acme.example</a></p>"#)
            let found = LinkTextURLMismatchRule().check(document, in: RuleContext(domains: .builtIn))
            #expect(found.map(\.message) == ["link text shows www.paypal.com but the link goes to login-verify.example"])
        }

        @Test func placeholderInPathIsNotDynamic() throws {
            let link = try #require(Extraction.links("<a href=\"https://acme.example/p/{{id}}?u={{ user }}\">Product</a>").first)
            #expect(!link.isDynamic)
            #expect(link.placeholder == nil)
            #expect(link.host == "acme.example")
            #expect(link.organizationalDomain == "acme.example")
            #expect(link.scheme == "https")
            #expect(link.href == "https://acme.example/p/{{id}}?u={{ user }}")
        }

        @Test func placeholderHostIsDynamic() throws {
            let link = try #require(Extraction.links("<a href=\"https://{{domain}}/x\">x</a>").first)
            #expect(link.isDynamic)
            #expect(link.host == nil)
            #expect(link.placeholder == "{{domain}}")
            #expect(link.href == "https://{{domain}}/x")
        }

        @Test func anchorTextKeepsPlaceholders() throws {
            let link = try #require(Extraction.links("<a href=\"https://a.example/\">Hi {{ first_name }}, click</a>").first)
            #expect(link.text == "Hi {{ first_name }}, click")
        }

        @Test func linkLineAndColumnInAMultiLineTemplate() throws {
            let source = """
            <html>
            <body>
              <p>Intro</p>
                <a href="https://acme.example/one">One</a>
            \t<a class="b" href="{{ unsubscribe_url }}">Unsub</a> <a href="https://acme.example/two">Two</a>
            </body>
            </html>
            """
            let links = Extraction.links(source)
            #expect(links.count == 3)
            #expect(links.map(\.position) == [
                SourcePosition(line: 4, column: 14),
                SourcePosition(line: 5, column: 21),
                SourcePosition(line: 5, column: 63),
            ])
        }

        @Test func linkPositionsAfterMultiLineFrontMatterAndComment() throws {
            let source = """
            ---
            from: "Acme <news@acme.example>"
            subject: Hello
            ---
            {{!--
              A comment
              over lines
            --}}
            {# another
            one #}
            <p>Hi {{ name }}</p>
            <a href="https://acme.example/x">X</a>
            <p>*|IF:VIP|*
            </p><a   href="*|UNSUB|*">U</a>
            """
            let document = Extraction.read(source)
            let links = document.htmlBodies.first?.links ?? []
            #expect(links.count == 2)
            #expect(links.first?.position == SourcePosition(line: 12, column: 10))
            #expect(links.last?.position == SourcePosition(line: 14, column: 16))
            #expect(links.last?.isDynamic == true)
        }

        @Test func hrefOnALaterLineOfTheTagIsLocated() throws {
            let source = "<p>x</p>\n<a class=\"button\"\n   href=\"https://acme.example/later\"\n   style=\"color:red\">Go</a>"
            let link = try #require(Extraction.links(source).first)
            #expect(link.position == SourcePosition(line: 3, column: 10))
        }

        @Test func cssURLInStyleBlockOnALaterLineIsLocated() throws {
            let source = "<html><head><style>\nbody {\n  background: url('https://cdn.example/bg.png');\n}\n</style></head><body>x</body></html>"
            let link = try #require(Extraction.links(source).first)
            #expect(link.kind == .css)
            #expect(link.href == "https://cdn.example/bg.png")
            #expect(link.position == SourcePosition(line: 3, column: 20))
        }

        @Test func hrefWithEntitiesStillGetsAColumn() throws {
            let source = "<p>x</p>\n  <a href=\"https://a.example/?a=1&amp;b=2&amp;c=3\">Go</a>"
            let link = try #require(Extraction.links(source).first)
            #expect(link.href == "https://a.example/?a=1&b=2&c=3")
            #expect(link.position == SourcePosition(line: 2, column: 12))
        }
    }
}
