import Testing
@_spi(CLI) @testable import SpamLintKit

extension Extraction {
    @Suite struct HTMLExtractionTests {
        @Test func visibleTextExcludesHeadTitleStyleScript() {
            let body = Extraction.html("""
            <!DOCTYPE html>
            <html lang="en-GB"><head><meta charset="utf-8"><title>  Big   Sale </title>
            <style>p { color: red; } .secret { }</style><script>var hidden = "script words";</script></head>
            <body><p>Hello   there,</p><p>friend &amp; neighbour!</p><noscript>noscript words</noscript></body></html>
            """)
            #expect(body.visibleText == "Hello there, friend & neighbour!")
            #expect(body.wordCount == 4)
            #expect(body.visibleTextLength == body.visibleText.count)
            #expect(body.title == "Big Sale")
            #expect(body.language == "en-GB")
            #expect(body.hasDoctype)
            #expect(body.declaresCharset)
            #expect(!body.visibleText.contains("color"))
            #expect(!body.visibleText.contains("script"))
            #expect(body.notableElements.map(\.name) == ["script"])
        }

        @Test func metadataAbsent() {
            let body = Extraction.html("<p>Just a fragment</p>")
            #expect(!body.hasDoctype)
            #expect(body.language == nil)
            #expect(!body.declaresCharset)
            #expect(body.title == nil)
            #expect(body.wordCount == 3)
        }

        @Test func httpEquivCharsetAndEmptyLang() {
            let body = Extraction.html("<html lang=\"\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body>x</body></html>")
            #expect(body.declaresCharset)
            #expect(body.language == nil)
        }

        @Test func visibleTextKeepsPlaceholders() {
            let body = Extraction.html("<p>Hi {{ first_name }}, {% if vip %}VIP{% endif %} *|FNAME|*</p>{{! secret comment }}")
            #expect(body.visibleText == "Hi {{ first_name }}, VIP *|FNAME|*")
            #expect(!body.visibleText.contains("secret"))
        }

        @Test func images() throws {
            let body = Extraction.html("""
            <img src="https://i.example/a.png">
            <img src="https://i.example/b.png" alt="">
            <img src="https://i.example/c.png" alt="Sale {{ pct }}" width="600" height="300">
            <a href="https://a.example/"><img src="https://i.example/d.png" alt="linked"></a>
            <img src="https://t.example/open.gif" width="1" height="1" alt="">
            <img src="https://t.example/px.gif" style="width:1px;height:1px">
            <img alt="no source">
            """)
            #expect(body.images.count == 7)
            let images = body.images
            #expect(images[0].alt == nil)
            #expect(images[1].alt == "")
            #expect(images[2].alt == "Sale {{ pct }}")
            #expect(images[2].width == 600 && images[2].height == 300)
            #expect(!images[2].isPixel)
            #expect(!images[2].isLinked)
            #expect(images[3].isLinked)
            #expect(images[4].isPixel && images[4].width == 1 && images[4].height == 1)
            #expect(images[5].isPixel)
            #expect(images[6].src == "")
            #expect(images[0].position == SourcePosition(line: 1, column: 11))
            #expect(images[4].position == SourcePosition(line: 5, column: 11))
            // Images with a source are links too; the image without one is not.
            #expect(body.links.filter { $0.kind == .image }.count == 6)
        }

        @Test func notableElements() {
            let body = Extraction.html("""
            <p>x</p><iframe src="https://e.example/f"></iframe>
            <meta http-equiv="refresh" content="0;url=https://e.example/">
            <form action="https://e.example/p"></form><object data="x.swf"></object><embed src="y.swf">
            """)
            let names = body.notableElements.map(\.name)
            #expect(names.contains("iframe") && names.contains("meta-refresh") && names.contains("form")
                && names.contains("object") && names.contains("embed"))
            #expect(body.notableElements.first { $0.name == "iframe" }?.detail == "src=https://e.example/f")
            #expect(body.notableElements.first { $0.name == "meta-refresh" }?.detail == "0;url=https://e.example/")
        }

        @Test func byteCountIsTheFileSize() {
            let source = "<p>héllo</p>"
            #expect(Extraction.html(source).byteCount == source.utf8.count)
        }
    }
}
