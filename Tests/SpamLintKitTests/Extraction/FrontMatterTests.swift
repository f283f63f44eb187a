import Testing
@_spi(CLI) @testable import SpamLintKit

extension Extraction {
    @Suite struct FrontMatterTests {
        private let template = """
        ---
        from: "Acme News <news@acme.example>"
        reply-to: support@help.acme.example
        subject: "Your {{ month }} update"
        preheader: Fresh deals inside
        ---
        <p>Hello</p>
        <a href="https://acme.example/">Shop</a>
        """

        @Test func fieldsAreReadIntoHeadersWithLines() throws {
            let frontMatter = try #require(FrontMatter.read(Array(template.utf8)))
            #expect(frontMatter.problem == nil)
            #expect(frontMatter.fields.map(\.name) == ["from", "reply-to", "subject", "preheader"])
            #expect(frontMatter.fields.map(\.position.line) == [2, 3, 4, 5])
            #expect(frontMatter.fields.allSatisfy { $0.position.column == 1 })
            #expect(frontMatter.fields[2].value == "Your {{ month }} update")
            let bodyStart = template.utf8.count - "<p>Hello</p>\n<a href=\"https://acme.example/\">Shop</a>".utf8.count
            #expect(frontMatter.bodyOffset == bodyStart)
        }

        @Test func documentGetsSenderSubjectAndPreheader() throws {
            let document = Extraction.read(template, settings: ReadSettings(from: "ignored@other.example"))
            #expect(document.kind == .template)
            #expect(document.problems.isEmpty)
            let from = try #require(document.from.first)
            #expect(document.from.count == 1)
            #expect(from.address == "news@acme.example")
            #expect(from.displayName == "Acme News")
            #expect(from.domain == "acme.example")
            #expect(from.position.line == 2)
            #expect(document.replyTo.first?.domain == "help.acme.example")
            #expect(document.replyTo.first?.organizationalDomain == "acme.example")
            #expect(document.replyTo.first?.position.line == 3)
            #expect(document.subject == "Your {{ month }} update")
            #expect(document.preheader == "Fresh deals inside")
            #expect(document.headers.first("Subject")?.position.line == 4)
            // The front matter is not part of the body, and body lines stay file lines.
            let body = try #require(document.htmlBodies.first)
            #expect(body.visibleText == "Hello Shop")
            #expect(body.links.first?.position == SourcePosition(line: 8, column: 10))
        }

        @Test func replyToSpellings() {
            for key in ["reply_to", "replyTo", "Reply-To"] {
                let document = Extraction.read("---\n\(key): a@r.example\n---\n<p>x</p>")
                #expect(document.replyTo.first?.address == "a@r.example", "\(key)")
            }
        }

        @Test func malformedFrontMatterIsAProblemButTheBodyIsRead() throws {
            let source = "---\nfrom: [unclosed\nsubject: \"x\n---\n<p>Body text</p>\n<a href=\"https://acme.example/\">a</a>"
            let document = Extraction.read(source)
            let problem = try #require(document.problems.first)
            #expect(document.problems.count == 1)
            #expect(problem.kind == .malformedFrontMatter)
            #expect(problem.position.line == 1)
            #expect(document.from.isEmpty)
            let body = try #require(document.htmlBodies.first)
            #expect(body.visibleText == "Body text a")
            #expect(!body.visibleText.contains("unclosed"))
            #expect(body.links.first?.position == SourcePosition(line: 6, column: 10))
        }

        @Test func frontMatterThatIsNotAMappingIsAProblem() throws {
            let document = Extraction.read("---\n- just\n- a list\n---\n<p>Body text</p>")
            let problem = try #require(document.problems.first)
            #expect(problem.kind == .malformedFrontMatter)
            #expect(problem.message.contains("not a mapping"))
            #expect(document.htmlBodies.first?.visibleText == "Body text")
        }

        @Test func withoutFrontMatterFromComesFromSettings() throws {
            let document = Extraction.read("<p>Hello</p>", settings: ReadSettings(from: "Shop <shop@Mail.Acme.Example>", sendingDomain: "Acme.Example."))
            let from = try #require(document.from.first)
            #expect(from.domain == "mail.acme.example")
            #expect(from.organizationalDomain == "acme.example")
            #expect(document.expectedSendingDomain == "acme.example")
            #expect(document.headers.isEmpty)
            #expect(document.subject == nil)
        }

        @Test(arguments: [
            "<p>no front matter</p>",
            "--- \n",
            "----\nfrom: a@b.example\n----\n<p>x</p>",
            "---\nfrom: a@b.example\n<p>never closed</p>",
            "",
            "\u{FEFF}",
        ])
        func notFrontMatter(source: String) {
            #expect(FrontMatter.read(Array(source.utf8)) == nil)
        }

        @Test func byteOrderMarkAndCRLFAndDotsClose() throws {
            let frontMatter = try #require(FrontMatter.read(Array("\u{FEFF}---\r\nsubject: Hi\r\n...\r\n<p>x</p>".utf8)))
            #expect(frontMatter.fields.first?.value == "Hi")
            #expect(frontMatter.problem == nil)
        }

        @Test func nonMappingFrontMatterHasNoFields() throws {
            let frontMatter = try #require(FrontMatter.read(Array("---\n- a\n- b\n---\n<p>x</p>".utf8)))
            #expect(frontMatter.fields.isEmpty)
        }
    }
}
