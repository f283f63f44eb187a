import Testing
@_spi(CLI) @testable import SpamLintKit

extension MIMEReadingTests {
    struct AddressListParserTests {
        @Test func quotedDisplayNameWithComma() {
            let addresses = AddressListParser.parse("\"Name, Inc.\" <a@B.Example.>")
            #expect(addresses == [MailAddress(displayName: "Name, Inc.", address: "a@b.example", localPart: "a", domain: "b.example")])
        }

        @Test func plainDisplayNameAndBareAddress() {
            let addresses = AddressListParser.parse("John   Smith <john@example.com>, bare@example.org")
            #expect(addresses.map(\.address) == ["john@example.com", "bare@example.org"])
            #expect(addresses.map(\.displayName) == ["John Smith", nil])
        }

        @Test func trailingCommentBecomesDisplayName() {
            let addresses = AddressListParser.parse("a@b.example (Comment Name)")
            #expect(addresses.first?.displayName == "Comment Name")
            #expect(addresses.first?.address == "a@b.example")
        }

        @Test func groups() {
            #expect(AddressListParser.parse("undisclosed-recipients:;").isEmpty)
            let members = AddressListParser.parse("Team: a@x.example, \"B\" <b@x.example>; c@y.example")
            #expect(members.map(\.address) == ["a@x.example", "b@x.example", "c@y.example"])
        }

        @Test func nullReturnPathIsSkipped() {
            #expect(AddressListParser.parse("<>").isEmpty)
            #expect(AddressListParser.parse("").isEmpty)
        }

        @Test func quotedLocalPart() {
            let address = AddressListParser.parse("\"john doe\"@example.com").first
            #expect(address?.localPart == "\"john doe\"")
            #expect(address?.domain == "example.com")
            let withAt = AddressListParser.parse("<\"odd@local\"@Example.COM>").first
            #expect(withAt?.address == "\"odd@local\"@example.com")
        }

        @Test func commasInsideQuotesAnglesAndComments() {
            let addresses = AddressListParser.parse("\"Doe, J\" <j@d.example>, x@y.example (Smith, Ann), <@route,@hop:z@w.example>")
            #expect(addresses.map(\.address) == ["j@d.example", "x@y.example", "z@w.example"])
            #expect(addresses[1].displayName == "Smith, Ann")
        }

        @Test func brokenForms() {
            #expect(AddressListParser.parse("Name <a@b.example").first?.address == "a@b.example")
            #expect(AddressListParser.parse("Name <a@b.example, Other <c@d.example>").map(\.address) == ["a@b.example", "c@d.example"])
            #expect(AddressListParser.parse("Unbracketed Name a@b.example").first?.displayName == "Unbracketed Name")
            #expect(AddressListParser.parse("a @ b.example").first?.address == "a@b.example")
            #expect(AddressListParser.parse("\"Unterminated <a@b.example>").count <= 1)
        }

        @Test func escapedAndEncodedDisplayNames() {
            #expect(AddressListParser.parse("\"Say \\\"hi\\\"\" <a@b.example>").first?.displayName == "Say \"hi\"")
            #expect(AddressListParser.parse("=?utf-8?Q?Smith=2C_J=C3=B6rg?= <a@b.example>").first?.displayName == "Smith, Jörg")
            #expect(AddressListParser.parse("\"=?ISO-8859-1?Q?Andr=E9?=\" <a@b.example>").first?.displayName == "André")
        }

        @Test func garbageDoesNotCrash() {
            let junk = String(decoding: (0..<2000).map { UInt8(truncatingIfNeeded: $0 &* 31) }, as: UTF8.self)
            _ = AddressListParser.parse(junk)
            _ = AddressListParser.parse("((((((((\"\"\\")
            _ = AddressListParser.parse(String(repeating: "<", count: 10_000))
        }
    }
}
