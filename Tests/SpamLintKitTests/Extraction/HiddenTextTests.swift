import Testing
@_spi(CLI) @testable import SpamLintKit

extension Extraction {
    @Suite struct HiddenTextTests {
        private func hidden(_ source: String) -> [HiddenText] { Extraction.html(source).hiddenTexts }

        @Test(arguments: [
            ("<div style=\"display:none\">secret words</div>", HiddenText.Reason.displayNone),
            ("<div style=\"DISPLAY: none !important\">secret words</div>", .displayNone),
            ("<div hidden>secret words</div>", .displayNone),
            ("<span style=\"visibility:hidden\">secret words</span>", .visibilityHidden),
            ("<span style=\"font-size:0\">secret words</span>", .tinyFont),
            ("<span style=\"font-size:0px\">secret words</span>", .tinyFont),
            ("<span style=\"font-size:1px\">secret words</span>", .tinyFont),
            ("<div style=\"opacity:0\">secret words</div>", .opacityZero),
            ("<div style=\"max-height:0;overflow:hidden\">secret words</div>", .zeroSize),
            ("<div style=\"max-height:0px; overflow:hidden;\">secret words</div>", .zeroSize),
            ("<div style=\"background-color:#fff\"><p style=\"color:#ffffff\">secret words</p></div>", .sameColorAsBackground),
            ("<table><tr><td bgcolor=\"white\"><font color=\"#FFF\">secret words</font></td></tr></table>", .sameColorAsBackground),
            ("<div style=\"background:rgb(255,255,255) none\"><span style=\"color: white\">secret words</span></div>", .sameColorAsBackground),
            ("<td style=\"background-color: rgb(255, 255, 255)\"><span style=\"color:#FFFFFF\">secret words</span></td>", .sameColorAsBackground),
            ("<p style=\"color:#000;background-color:black\">secret words</p>", .sameColorAsBackground),
            // MJML's compiled layout: a font-size:0 cell around the text block, which sets its own size.
            ("<div style=\"background-color:#ffffff\"><table><tr><td style=\"font-size:0px\"><div style=\"font-size:13px;color:#ffffff\">secret words</div></td></tr></table></div>",
             .sameColorAsBackground),
        ])
        func hiddenByInlineCSS(source: String, reason: HiddenText.Reason) throws {
            let body = Extraction.html("<p>Visible words.</p>" + source)
            try HiddenTextTests.expectOnlySecretWordsHidden(body, reason: reason)
        }

        /// The shared shape of the hidden-text tables: "Visible words." shown, "secret words" the one hidden block.
        static func expectOnlySecretWordsHidden(_ body: HTMLBody, reason: HiddenText.Reason) throws {
            #expect(body.visibleText == "Visible words.")
            let block = try #require(body.hiddenTexts.first)
            #expect(body.hiddenTexts.count == 1)
            #expect(block.text == "secret words")
            #expect(block.reason == reason)
        }

        @Test(arguments: [
            "<div style=\"font-size:0\"><span style=\"font-size:14px\">shown words</span></div>",
            "<div style=\"visibility:hidden\"><span style=\"visibility:visible\">shown words</span></div>",
            "<div style=\"background-color:#fff\"><p style=\"color:#000\">shown words</p></div>",
            "<div style=\"color:#fff\"><p>shown words</p></div>",
            "<div style=\"opacity:0.5\">shown words</div>",
            "<div style=\"max-height:0\">shown words</div>",
            "<div style=\"font-size:12px\">shown words</div>",
            "<div style=\"color:rgba(255,255,255,0.5);background:#fff\">shown words</div>",
        ])
        func notHidden(source: String) {
            let body = Extraction.html(source)
            #expect(body.hiddenTexts.isEmpty)
            #expect(body.visibleText == "shown words")
        }

        @Test func hiddenBlockPositionIsItsLine() throws {
            let blocks = hidden("<p>a</p>\n\n<div style=\"display:none\">\nsecret\n</div>")
            #expect(blocks.first?.position.line == 3)
        }

        @Test func preheaderIsTheFirstShortHiddenBlockBeforeContent() {
            let blocks = hidden("""
            <body>
            <div style="display:none;max-height:0;overflow:hidden">Big savings inside &zwnj;&nbsp;&zwnj;&nbsp;</div>
            <h1>Welcome</h1><p>Some content here.</p>
            <span style="display:none">tracking words</span>
            </body>
            """)
            #expect(blocks.count == 2)
            #expect(blocks[0].text == "Big savings inside")
            #expect(blocks[0].isLikelyPreheader)
            #expect(!blocks[1].isLikelyPreheader)
        }

        @Test func longHiddenParagraphIsNotAPreheader() {
            let long = Array(repeating: "keyword stuffing text", count: 30).joined(separator: " ")
            let blocks = hidden("<div style=\"display:none\">\(long)</div><p>content</p>")
            #expect(blocks.count == 1)
            #expect(blocks.first?.isLikelyPreheader == false)
        }

        @Test func aShortHiddenBlockAfterALongOneIsNotAPreheader() {
            let long = Array(repeating: "keyword stuffing text", count: 30).joined(separator: " ")
            let blocks = hidden("<div style=\"display:none\">\(long)</div><div style=\"display:none\">short</div><p>content</p>")
            #expect(blocks.count == 2)
            #expect(blocks.allSatisfy { !$0.isLikelyPreheader })
        }

        @Test func hiddenBlockAfterMuchContentIsNotAPreheader() {
            let content = Array(repeating: "word", count: 40).joined(separator: " ")
            let blocks = hidden("<p>\(content)</p><div style=\"display:none\">late preview</div>")
            #expect(blocks.count == 1)
            #expect(blocks.first?.isLikelyPreheader == false)
        }

        @Test func nestedHiddenTextIsOneBlockKeyedByItsRoot() {
            let blocks = hidden("<div style=\"display:none\">one <b>two</b> <span style=\"font-size:0\">three</span></div><p>x</p>")
            #expect(blocks.count == 1)
            #expect(blocks.first?.text == "one two three")
            #expect(blocks.first?.reason == .displayNone)
        }

        @Test func hiddenAnchorTextStillBelongsToTheLink() {
            let body = Extraction.html("<a href=\"https://a.example/\"><span style=\"display:none\">hidden</span>shown</a>")
            #expect(body.links.first?.text == "hidden shown")
            #expect(body.visibleText == "shown")
        }

        @Test(arguments: [
            ("#fff", "ffffff"), ("#FFFFFF", "ffffff"), ("white", "ffffff"), ("rgb(255,255,255)", "ffffff"),
            ("rgb(255, 255, 255)", "ffffff"), ("rgba(0,0,0,1)", "000000"), (" Black ", "000000"), ("ffffff", "ffffff"),
        ])
        func cssColorsNormalize(raw: String, expected: String) {
            #expect(CSSColor.normalized(raw) == expected)
        }

        @Test(arguments: ["", "transparent", "rgba(255,255,255,0)", "#ffff", "rgb(300,0,0)", "inherit", "#ggg"])
        func cssColorsThatAreNotPlainOpaqueColours(raw: String) {
            #expect(CSSColor.normalized(raw) == nil)
        }

        @Test func inlineStyleParsing() {
            let style = InlineStyle("Color : RED ; font-size: 0PX !important; bad; ;")
            #expect(style["color"] == "red")
            #expect(style["font-size"] == "0px")
            #expect(style.fontSizeInPixels == 0)
            #expect(InlineStyle.pixels("12pt") == 16)
            #expect(InlineStyle.pixels("1em") == 16)
            #expect(InlineStyle.pixels("50%") == 8)
            #expect(InlineStyle.pixels("large") == nil)
            #expect(InlineStyle(nil).isEmpty)
        }

        @Test func collapsedText() {
            #expect(SpacedText.collapse("  a \u{200B}\u{00A0} b\n\tc  ") == "a b c")
            #expect(SpacedText.wordCount("Hello, world — 42 !!! ") == 3)
            #expect(SpacedText.wordCount("") == 0)
        }
    }
}
