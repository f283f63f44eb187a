import Testing
@_spi(CLI) @testable import SpamLintKit

extension Extraction {
    /// Hidden text decided with the document's `<style>` rules, shapes taken from real mail.
    @Suite struct HiddenTextStyleSheetTests {
        @Test(arguments: [
            // A class or id rule outside @media hides for every reader.
            ("<style>.x{display:none}</style>", "<div class=\"x\">secret words</div>", HiddenText.Reason.displayNone),
            ("<style>#h{visibility:hidden}</style>", "<span id=\"H\">secret words</span>", .visibilityHidden),
            ("<style>.wrap .k{font-size:0}</style>", "<div class=\"wrap\"><p><span class=\"k other\">secret words</span></p></div>", .tinyFont),
            ("<style>@media screen{.x{display:none}}</style>", "<div class=\"x\">secret words</div>", .displayNone),
            ("<style>.x{display:none !important}</style>", "<div class=\"x\" style=\"display:block\">secret words</div>", .displayNone),
            ("<style>.box{max-height:0;overflow:hidden}</style>", "<div class=\"box\">secret words</div>", .zeroSize),
            // A sibling-combinator rule never hides.
            ("<style>.x{display:none} a ~ .x{display:none}</style>", "<div class=\"x\">secret words</div>", .displayNone),
            ("<style>td{opacity:0}</style>", "<table><tr><td>secret words</td></tr></table>", .opacityZero),
            // Named colours beyond the 15 of old, in the sheet or inline.
            ("", "<div style=\"background-color:seashell\"><span style=\"color:SeaShell\">secret words</span></div>", .sameColorAsBackground),
            ("<style>.bg{background-color:lavender}.t{color:#e6e6fa}</style>", "<div class=\"bg\"><p class=\"t\">secret words</p></div>", .sameColorAsBackground),
            ("", "<table bgcolor=\"rebeccapurple\"><tr><td><font color=\"#663399\">secret words</font></td></tr></table>", .sameColorAsBackground),
        ])
        func styleSheetHides(style: String, content: String, reason: HiddenText.Reason) throws {
            let body = Extraction.html("<html><head>\(style)</head><body><p>Visible words.</p>\(content)</body></html>")
            try HiddenTextTests.expectOnlySecretWordsHidden(body, reason: reason)
        }

        @Test(arguments: [
            // Mobile-only block: hidden inline, shown by the @media rule.
            ("<style>@media only screen and (max-width:600px){.mobile{display:block!important;max-height:none!important;overflow:visible!important}}</style>",
             "<div class=\"mobile\" style=\"display:none;max-height:0;overflow:hidden;mso-hide:all\">shown words</div>"),
            // Desktop-only block: hidden by @media only.
            ("<style>@media (max-width:600px){.desktop{display:none!important}}</style>", "<div class=\"desktop\">shown words</div>"),
            // Hidden inline, shown again by a rule outside @media (Yahoo/WebKit show classes).
            ("<style>.show{display:table-cell}</style>", "<table><tr><td class=\"show\" style=\"display:none\">shown words</td></tr></table>"),
            // A sheet rule hides it, an @media rule shows it again.
            ("<style>.m{display:none}@media (max-width:480px){.m{display:block}}</style>", "<div class=\"m\">shown words</div>"),
            // Yahoo-proof attribute selectors in @media show a desktop-hidden cell again.
            ("<style>td.hide-for-desktop-text{display:none;font-size:0}@media only screen and (max-width:650px){td[class*=\"hide-for-desktop-text\"]{display:block!important;font-size:16px!important}}</style>",
             "<table><tr><td class=\"hide-for-desktop-text\">shown words</td></tr></table>"),
            ("<style>.d{display:none}@media (max-width:600px){[class~=d]{display:block!important}}</style>", "<div class=\"x d\">shown words</div>"),
            // Client-targeted blocks: WebKit shows what Yahoo and Samsung hide; one of them is enough.
            ("<style>@media yahoo{.yahoo-hide{max-height:0!important;overflow:hidden!important;display:none!important}}@media only screen and (-webkit-min-device-pixel-ratio:0){.webkit-show{display:table-cell!important}#secdiv .samsung-hide{display:none!important}}</style>",
             "<table id=\"secdiv\"><tr><td class=\"webkit-show yahoo-hide samsung-hide\" style=\"display:none\">shown words</td></tr></table>"),
            // A checkbox menu shows its hidden labels and links through a sibling combinator.
            ("<style>.label-white{display:none}#nav:checked ~* .label-white{display:block!important}</style>",
             "<input type=\"checkbox\" id=\"nav\" style=\"display:none\"><div><label class=\"label-white\" style=\"display:block;display:none\">shown words</label></div>"),
            // A state rule (a CSS menu) can show it.
            ("<style>.nav:hover .menu{display:block!important}</style>", "<div class=\"nav\"><div class=\"menu\" style=\"display:none\">shown words</div></div>"),
            // Inline wins over a sheet rule that is not !important.
            ("<style>.x{display:none}</style>", "<div class=\"x\" style=\"display:block\">shown words</div>"),
            // Unsupported selectors and non-matching ones hide nothing.
            ("<style>div > .x{display:none} .x:first-child{display:none}</style>", "<div><p class=\"x\">shown words</p></div>"),
            ("<style>.wrap .k{display:none}</style>", "<div class=\"k\">shown words</div><div class=\"wrap\"></div>"),
            // Colour rules that leave text readable: dark-mode colours apply only sometimes.
            ("<style>@media (prefers-color-scheme:dark){.t{color:#ffffff!important}}</style>", "<div style=\"background:#fff\"><p class=\"t\">shown words</p></div>"),
        ])
        func responsiveOrUnmatchedIsNotHidden(style: String, content: String) {
            let body = Extraction.html("<html><head>\(style)</head><body>\(content)</body></html>")
            #expect(body.hiddenTexts.isEmpty)
            #expect(body.visibleText == "shown words")
        }

        @Test(arguments: [
            // NGP VAN: the opening sentences as preview text, then a long `- - -` padding run.
            "<div style=\"display:none;font-size:1px;color:#ffffff;max-height:0px;opacity:0;overflow:hidden;\">"
                + String(repeating: "Our seniors should never have to choose between groceries and medicine. ", count: 3)
                + String(repeating: "- ", count: 300) + "</div>",
            // Litmus-style: preview text then `&zwnj;&nbsp;` and `&#847;` padding.
            "<span class=\"preheader\" style=\"display:none\">Your October statement is ready"
                + String(repeating: "&#847; &zwnj;&nbsp;", count: 90) + "</span>",
        ])
        func aPaddedPreheaderIsAPreheader(preheader: String) throws {
            let body = Extraction.html("<body>\(preheader)<p>Hello, here is the news.</p></body>")
            let block = try #require(body.hiddenTexts.first)
            #expect(body.hiddenTexts.count == 1)
            #expect(block.isLikelyPreheader)
        }

        @Test func paddingIsNotCountedButPunctuationIs() {
            #expect(HTMLExtractor.lengthWithoutPadding("Friends -- today - - - - -") == "Friends -- today".count)
            #expect(HTMLExtractor.lengthWithoutPadding("a . . b") == "a . . b".count)
            #expect(HTMLExtractor.lengthWithoutPadding("- - - -") == 0)
        }

        @Test(arguments: [
            "<div style=\"display:none\">- - - - - - - - - - - - - - -</div>",
            "<div style=\"font-size:0\">&gt;</div>",
            "<div style=\"display:none\">&zwnj;&nbsp;&#847;&zwnj;&nbsp;&#8203;</div>",
            "<td style=\"background:#fff\"><span style=\"color:#fff\">.</span></td>",
        ])
        func aBlockWithoutWordsIsNotHiddenText(block: String) {
            let body = Extraction.html("<body><p>Hello, here is the news of the week from all of us.</p>\(block)</body>")
            #expect(body.hiddenTexts.isEmpty)
        }

        @Test func aLongHiddenBlockIsNotAPreheaderEvenWithPadding() throws {
            let long = String(repeating: "cheap pills casino free money winner ", count: 12) + String(repeating: "- ", count: 50)
            let body = Extraction.html("<body><div style=\"display:none\">\(long)</div><p>Hello.</p></body>")
            #expect(try #require(body.hiddenTexts.first).isLikelyPreheader == false)
        }

        @Test func aStyleBlockInTheBodyAppliesToTheWholeDocument() throws {
            let body = Extraction.html("<body><p>Visible words.</p><div class=\"x\">secret words</div><style>.x{display:none}</style></body>")
            #expect(body.hiddenTexts.map(\.text) == ["secret words"])
        }

        @Test func aRuleLimitIsReportedAsAProblem() throws {
            let rules = (0...CSSStyleSheet.maxRules).map { ".c\($0){color:red}" }.joined()
            let body = Extraction.html("<style>\(rules)</style><p>Visible words.</p>")
            let problem = try #require(body.styleSheetProblem)
            #expect(problem.kind == .styleSheetTooLarge)
            #expect(problem.message.contains("\(CSSStyleSheet.maxRules) rules"))
        }

        @Test func theMatchingBudgetIsReportedAsAProblem() throws {
            let rules = (0..<2_000).map { ".z\($0) .b{color:red}" }.joined()
            let cells = String(repeating: "<p class=\"b\">x</p>", count: 1_100)
            let body = Extraction.html("<style>\(rules)</style><div>\(cells)</div>")
            let problem = try #require(body.styleSheetProblem)
            #expect(problem.message.contains("\(CSSSelectorMatcher.maxCompoundTests) element tests"))
        }

        @Test func noStyleSheetNoProblem() {
            #expect(Extraction.html("<style>.a{color:red}</style><p class=\"a\">x</p>").styleSheetProblem == nil)
        }
    }
}
