import Testing
@_spi(CLI) @testable import SpamLintKit

@Suite struct HeaderListTests {
    private let list = HeaderList([
        Header(name: "List-Unsubscribe", value: "<https://a.example/u>", position: .start),
        Header(name: "SUBJECT", value: "One", position: .start),
        Header(name: "subject", value: "Two", position: .start),
        Header(name: "X-Ärger", value: "umlaut", position: .start),
    ])

    @Test func lookupIgnoresASCIICase() {
        #expect(list.first("list-unsubscribe")?.value == "<https://a.example/u>")
        #expect(list.all("Subject").map(\.value) == ["One", "Two"])
        #expect(list.contains("LIST-UNSUBSCRIBE"))
        #expect(!list.contains("List-Unsubscribe-Post"))
        #expect(!list.contains("List-Unsubscrib"))
    }

    @Test func onlyLettersFoldCase() {
        // '@' and '`' differ by the case bit but are not letters.
        #expect(!HeaderList.namesMatch("X@", "X`"))
        #expect(!HeaderList.namesMatch("[", "{"))
        #expect(HeaderList.namesMatch("Message-ID", "message-id"))
    }

    @Test func nonASCIINamesAgreeWithLowercased() {
        #expect(list.first("x-ärger")?.value == "umlaut")
        for (a, b) in [("X-Ärger", "x-ärger"), ("Straße", "STRASSE"), ("İd", "i̇d"), ("Ab", "ab")] {
            #expect(HeaderList.namesMatch(a, b) == (a.lowercased() == b.lowercased()), "\(a) vs \(b)")
        }
    }
}
