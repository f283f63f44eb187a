import Testing
@_spi(CLI) @testable import SpamLintKit

extension Extraction {
    @Suite struct TinyTextTests {
        @Test(arguments: [
            ("<p style=\"font-size:3px\">small words</p>", "font-size:3px", 3.0),
            ("<p style=\"font-size:4pt\">small words</p>", "font-size:4pt", 16.0 / 3),
            ("<div style=\"font-size:5px\"><span>small words</span></div>", "font-size:5px", 5.0),
            ("<font size=\"1\">small words</font>", "<font size=\"1\">", 10.0),
            ("<font size=\"-2\">small words</font>", "<font size=\"-2\">", 10.0),
        ])
        func recordsVisibleTinyText(source: String, declaration: String, pixels: Double) throws {
            let body = Extraction.html("<p>Readable words.</p>" + source)
            let tiny = try #require(body.tinyTexts.first)
            #expect(body.tinyTexts.count == 1)
            #expect(tiny.text == "small words")
            #expect(tiny.declaration == declaration)
            #expect(abs(tiny.pixels - pixels) < 0.01)
            #expect(body.hiddenTexts.isEmpty)
            // Tiny text is still visible text.
            #expect(body.visibleText.contains("small words"))
        }

        @Test(arguments: [
            "<p style=\"font-size:6px\">normal words</p>",
            "<p style=\"font-size:11px\">normal words</p>",
            "<font size=\"2\">normal words</font>",
            "<font size=\"-1\">normal words</font>",
            "<div style=\"font-size:3px\"><p style=\"font-size:14px\">normal words</p></div>",
            "<font size=\"1\"><font size=\"3\">normal words</font></font>",
            "<font size=\"1\" style=\"font-size:13px\">normal words</font>",
        ])
        func ignoresReadableText(source: String) {
            #expect(Extraction.html(source).tinyTexts.isEmpty)
        }

        @Test func hiddenTextIsNotAlsoTiny() {
            let body = Extraction.html("<p>Readable.</p><p style=\"font-size:1px\">secret</p><div style=\"font-size:3px;display:none\">gone</div>")
            #expect(body.tinyTexts.isEmpty)
            #expect(body.hiddenTexts.count == 2)
        }

        @Test func aDifferentNestedSizeStartsItsOwnBlock() {
            let body = Extraction.html(#"<p>Readable.</p><font size="1">small <span style="font-size:3px">tiny</span> small again</font>"#)
            #expect(body.tinyTexts.map(\.text) == ["small small again", "tiny"])
            #expect(body.tinyTexts.map(\.pixels) == [10, 3])
        }

        @Test func oneBlockPerSizedElement() {
            let body = Extraction.html("<p>Readable.</p><div style=\"font-size:4px\">one <b>two</b> three</div><p style=\"font-size:2px\">four</p>")
            #expect(body.tinyTexts.map(\.text) == ["one two three", "four"])
        }
    }

    @Suite struct LinkedImageTests {
        @Test func anchorWrappingAnImageIsMarked() {
            let links = Extraction.links("""
                <a href="https://a.example/"><img src="https://cdn.example/banner.png"></a>
                <a href="https://b.example/">text only</a>
                <a href="https://c.example/"><span><img src="https://cdn.example/nested.png"></span> and text</a>
                """).filter { $0.kind == .anchor }
            #expect(links.map(\.host) == ["a.example", "b.example", "c.example"])
            #expect(links.map(\.wrapsImage) == [true, false, true])
        }

        @Test func imageAfterAnAnchorIsNotInIt() {
            let links = Extraction.links(#"<a href="https://a.example/">text</a><img src="https://cdn.example/x.png">"#)
            #expect(links.first { $0.kind == .anchor }?.wrapsImage == false)
        }
    }
}
