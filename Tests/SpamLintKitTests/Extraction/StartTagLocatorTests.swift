import Testing
@_spi(CLI) @testable import SpamLintKit

struct StartTagLocatorTests {
    /// The text at each offset, up to the tag name's end.
    static func tags(_ offsets: [Int?], in source: String) -> [String?] {
        let bytes = Array(source.utf8)
        return offsets.map { offset in
            offset.map { start in
                var end = start + 1
                while end < bytes.count, bytes[end] != 0x20, bytes[end] != UInt8(ascii: ">") { end += 1 }
                return String(decoding: bytes[start..<end], as: UTF8.self)
            }
        }
    }

    @Test func offsetsPointAtEachElementsOwnStartTag() {
        // A comment and a script holding `<a`, upper-case tags, a `>` in a quoted value, an implied
        // <html>/<body>, and a second <body> libxml2 drops.
        let source = "<!-- <a href=\"https://no.example/\"> --><script>var s = '<a href=x>';</script>"
            + "<P title=\"a > b\"><A HREF=\"https://one.example/\">one</A></P><body class=\"x\">"
            + "<img src=\"https://img.example/i.png\"><a href=\"https://two.example/\">two</a>"
            + "<div style=\"display:none\">hidden words here for nobody</div>"
        let document = EmailReader.read(Array(source.utf8))
        let body = document.htmlBodies[0]
        let links = body.links.filter { $0.kind == .anchor }
        #expect(links.map(\.href) == ["https://one.example/", "https://two.example/"])
        #expect(Self.tags(links.map(\.tagOffset), in: body.source) == ["<A", "<a"])
        #expect(body.source.utf8.dropFirst(links[1].tagOffset!).starts(with: "<a href=\"https://two.example/\">".utf8))
        #expect(Self.tags(body.images.map(\.tagOffset), in: body.source) == ["<img"])
        #expect(Self.tags(body.hiddenTexts.map(\.tagOffset), in: body.source) == ["<div"])
        #expect(Self.tags(body.notableElements.map(\.tagOffset), in: body.source) == ["<script"])
    }

    @Test func prefixedTagsAndImpliedParagraphsKeepLaterOffsets() {
        // libxml2 reads <o:p> as a p; text at the top level gets an implied <p>, which must not take
        // the later <p> tag; elements after both keep their own tags.
        let source = "<html><body><p><span><o:p></o:p></span></p><table><tr><td><a href=\"https://a.example/\">a</a></td></tr></table>"
            + "</body></html>\ntrailing text<p><img src=\"https://i.example/x.png\"></p>"
        let body = EmailReader.read(Array(source.utf8)).htmlBodies[0]
        let anchor = body.links.first { $0.kind == .anchor }
        #expect(Self.tags([anchor?.tagOffset], in: body.source) == ["<a"])
        let image = body.images.first?.tagOffset ?? 0
        #expect(body.source.utf8.dropFirst(image).starts(with: "<img src=\"https://i.example/x.png\">".utf8))
    }

    @Test func templatePlaceholdersBeforeATagDoNotShiftItsOffset() {
        // Output placeholders are masked by tokens of another length; offsets are the source's.
        let source = "---\nfrom: a@shop.example\n---\n<p>{{ customer.first_name | default: \"friend\" }} {{x}}</p>\n"
            + "{% if vip %}<a href=\"{{ vip_url }}\">VIP</a>{% endif %}<a href=\"https://bit.ly/abc\">deal</a>"
        let body = EmailReader.read(Array(source.utf8)).htmlBodies[0]
        let anchors = body.links.filter { $0.kind == .anchor }
        #expect(anchors.count == 2)
        #expect(body.source.utf8.dropFirst(anchors[0].tagOffset!).starts(with: "<a href=\"{{ vip_url }}\">".utf8))
        #expect(body.source.utf8.dropFirst(anchors[1].tagOffset!).starts(with: "<a href=\"https://bit.ly/abc\">".utf8))
    }

    @Test func aLongOneLineTemplateKeepsEveryOffsetInLinearTime() {
        let count = 5_000
        let source = "<html><body>" + (0..<count).map { "<p><a href=\"https://s.example/\($0)\">l\($0)</a></p>" }.joined() + "</body></html>"
        let body = EmailReader.read(Array(source.utf8)).htmlBodies[0]
        #expect(body.links.count == count)
        let bytes = Array(body.source.utf8)
        let wrong = body.links.enumerated().filter { index, link in
            guard let offset = link.tagOffset else { return true }
            return !bytes[offset...].starts(with: Array("<a href=\"https://s.example/\(index)\"".utf8))
        }
        #expect(wrong.isEmpty)
    }

    @Test func mjmlSourcesHaveNoTagOffsets() {
        let source = "<mjml><mj-body><mj-section><mj-column><mj-button href=\"https://shop.example/\">Go</mj-button></mj-column></mj-section></mj-body></mjml>"
        let document = EmailReader.read(Array(source.utf8), settings: ReadSettings(templatePath: "a.mjml"))
        let links = document.htmlBodies.flatMap(\.links)
        #expect(!links.isEmpty && links.allSatisfy { $0.tagOffset == nil })
    }
}
