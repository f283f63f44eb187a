import Testing
@_spi(CLI) @testable import SpamLintKit

extension Extraction {
    @Suite struct DomainSetTests {
        @Test func plainEntryMatchesDomainAndSubdomains() {
            let set = DomainSet(["bit.ly"])
            #expect(set.contains("bit.ly"))
            #expect(set.contains("www.bit.ly"))
            #expect(set.contains("a.b.BIT.LY"))
            #expect(!set.contains("notbit.ly"))
            #expect(!set.contains("bit.ly.evil.example"))
            #expect(!set.contains("ly"))
            #expect(set.match("www.bit.ly") == "bit.ly")
        }

        @Test func leadingDotMatchesOnlySubdomains() {
            let set = DomainSet([".page.link"])
            #expect(set.contains("x.page.link"))
            #expect(set.contains("a.b.page.link"))
            #expect(!set.contains("page.link"))
            #expect(!set.contains("xpage.link"))
            #expect(set.match("x.page.link") == ".page.link")
        }

        @Test(arguments: [
            ("yahoo.co*.*", "yahoo.co.uk", true),
            ("yahoo.co*.*", "yahoo.com.br", true),
            ("yahoo.co*.*", "yahoo.de", false),
            ("yahoo.co*.*", "yahoo.net.br", false),
            ("yahoo.*", "yahoo.de", true),
            ("yahoo.*", "yahoo.co.uk", false),
            ("yahoo.*", "notyahoo.de", false),
            ("*.onmicrosoft.com", "contoso.onmicrosoft.com", true),
            ("*.onmicrosoft.com", "onmicrosoft.com", false),
            ("mail2*.com", "mail2world.com", true),
            ("mail2*.com", "mail2.com", true),
            ("mail2*.com", "mymail2world.com", false),
            ("ms*.hinet.net", "ms12.hinet.net", true),
            ("ms*.hinet.net", "ms12.x.hinet.net", false),
            ("*b*c", "abxxc", true),
            ("*b*c", "abxxd", false),
        ])
        func globs(entry: String, host: String, matches: Bool) {
            #expect(DomainSet([entry]).contains(host) == matches)
        }

        @Test func listTextParsing() {
            let set = DomainSet(listText: "# comment\n\nBit.ly  # a shortener\n.page.link\n\t \nyahoo.*\r\ntinyurl.com\textra\n")
            #expect(set.count == 4)
            #expect(set.contains("bit.ly"))
            #expect(set.contains("x.page.link"))
            #expect(set.contains("yahoo.fr"))
            #expect(set.contains("tinyurl.com"))
            #expect(!set.contains("comment"))
        }

        @Test func unionAndEmpty() {
            var set = DomainSet()
            #expect(set.count == 0)
            #expect(!set.contains("bit.ly"))
            #expect(!set.contains(""))
            set.insert("")
            #expect(set.count == 0)
            set.formUnion(DomainSet(["bit.ly", ".page.link", "aol.*"]))
            #expect(set.count == 3)
            #expect(set.contains("aol.com") && set.contains("m.bit.ly") && set.contains("a.page.link"))
        }

        @Test(arguments: ["bit.ly", "www.bit.ly", "tinyurl.com", "t.co", "goo.gl", "x.page.link"])
        func builtInShorteners(host: String) {
            #expect(DomainKnowledge.builtIn.isShortener(host))
        }

        @Test(arguments: ["us1.list-manage.com", "list-manage.com", "u123.ct.sendgrid.net", "sendgrid.net", "acme.example",
                          "page.link", "notbit.ly", "microsoft.co"])
        func builtInNonShorteners(host: String) {
            #expect(!DomainKnowledge.builtIn.isShortener(host))
        }

        @Test func builtInClickTrackers() {
            #expect(DomainKnowledge.builtIn.clickTrackers.contains("us1.list-manage.com"))
            #expect(DomainKnowledge.builtIn.clickTrackers.contains("u123.ct.sendgrid.net"))
        }

        @Test(arguments: ["gmail.com", "yahoo.com", "yahoo.co.uk", "yahoo.com.br", "hotmail.co.jp", "outlook.com",
                          "contoso.onmicrosoft.com"])
        func builtInFreemail(host: String) {
            #expect(DomainKnowledge.builtIn.freemail.contains(host))
        }

        @Test func builtInListsAreLoaded() {
            #expect(DomainKnowledge.builtIn.shorteners.count > 200)
            #expect(DomainKnowledge.builtIn.freemail.count > 2000)
            #expect(!DomainKnowledge.builtIn.freemail.contains("acme.example"))
        }

        @Test func allowedLinkDomainsOverrideShorteners() {
            var knowledge = DomainKnowledge.builtIn
            knowledge.allowedLinkDomains = DomainSet(["bit.ly"])
            #expect(!knowledge.isShortener("bit.ly"))
            #expect(knowledge.isShortener("tinyurl.com"))
        }
    }
}
