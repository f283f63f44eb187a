import Testing
@_spi(CLI) @testable import SpamLintKit

extension MIMEReadingTests {
    /// The tags read from a DKIM-Signature header: folding and other whitespace removed from
    /// values, names matched in any case, the last of a repeated tag kept, other tags skipped.
    struct DKIMSignatureParserTests {
        private func parse(_ raw: String) -> DKIMSignature? {
            DKIMSignatureParser.parse(Header(name: "DKIM-Signature", value: raw, position: SourcePosition(line: 3, column: 1)))
        }

        @Test func readsTheFourTagsAndSkipsTheRest() throws {
            let signature = try #require(parse(
                "v=1; A=rsa-SHA256; c=relaxed/relaxed; d=Mail.Example.ORG.; s=sel\r\n\t1;\r\n h=From:To:\r\n\tSubject : Date;"
                    + " bh=abc\r\n def=; b=Zm9v\r\n YmFy"))
            #expect(signature.domain == "mail.example.org")
            #expect(signature.organizationalDomain == "example.org")
            #expect(signature.selector == "sel1")
            #expect(signature.signedHeaders == ["from", "to", "subject", "date"])
            #expect(signature.algorithm == "rsa-sha256")
            #expect(signature.position == SourcePosition(line: 3, column: 1))
        }

        @Test func unicodeWhitespaceIsRemovedAndTheLastTagWins() throws {
            let signature = try #require(parse("d=first.example; s=a\u{00A0}b\u{3000}c; d=second.example; é=x"))
            #expect(signature.domain == "second.example")
            #expect(signature.selector == "abc")
            #expect(signature.signedHeaders.isEmpty)
        }

        @Test func noDomainNoSignature() {
            #expect(parse("v=1; s=sel; b=abc") == nil)
            #expect(parse("d= \r\n ; s=sel") == nil)
            #expect(parse("") == nil)
        }
    }
}
