import Foundation
import Testing
@_spi(CLI) @testable import SpamLintKit
import SpamLintInterop

/// Content after an obstacle that once made libxml2 stop (deep nesting, a NUL byte, libxml2's
/// length limits) is read and checked; an element with too many attributes is read up to the limit
/// and reported. Each test asserts the link after the obstacle, not only the verdict.
@Suite struct HTMLReadInFullTests {
    static let phish = #"<a href="https://bit.ly/x">https://paypal.com/login</a>"#

    static func report(_ text: String, path: String = "t.html") -> FileReport {
        Linter().report(path: path, bytes: Array(text.utf8))
    }

    static func link(_ href: String, in document: EmailDocument) -> Link? {
        document.htmlBodies.flatMap(\.links).first { $0.href == href }
    }

    static func message(htmlPart: String, encoding: String) -> String {
        [
            "From: Acme <news@acme.example>", "To: you@example.org", "Subject: Your statement", "MIME-Version: 1.0",
            "Content-Type: multipart/alternative; boundary=\"b\"", "", "--b", "Content-Type: text/plain; charset=utf-8", "",
            "Your statement is ready.", "--b", "Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: \(encoding)", "",
            htmlPart, "--b--", "",
        ].joined(separator: "\r\n")
    }

    static func base64Lines(_ text: String) -> String {
        let encoded = Data(text.utf8).base64EncodedString()
        return stride(from: 0, to: encoded.count, by: 76).map { start in
            let from = encoded.index(encoded.startIndex, offsetBy: start)
            return String(encoded[from..<(encoded.index(from, offsetBy: 76, limitedBy: encoded.endIndex) ?? encoded.endIndex)])
        }.joined(separator: "\r\n")
    }

    @Test(arguments: [255, 256, 300, 10_000])
    func linkAfterDeepNestingIsChecked(depth: Int) throws {
        let html = String(repeating: "<span>", count: depth) + Self.phish
        let document = Extraction.read(html)
        let link = try #require(Self.link("https://bit.ly/x", in: document))
        #expect(link.text == "https://paypal.com/login")
        let report = Self.report(html)
        let rules = Set(report.findings.map(\.rule))
        #expect(rules.contains("link-shortener"))
        #expect(rules.contains("link-text-url-mismatch"))
        #expect(report.failed)
    }

    @Test func deepNestingKeepsEveryLevel() {
        let tree = HTMLTreeParser.parse(utf8: Array((String(repeating: "<div>", count: 5_000) + "<b>end</b>").utf8))
        let bold = tree.nodes.lastIndex { $0.kind == .element && $0.name == "b" }
        var depth = 0
        var ancestor = bold.flatMap { tree.nodes[$0].parent }
        while let current = ancestor {
            depth += 1
            ancestor = tree.nodes[current].parent
        }
        // 5,000 divs inside the implied <html> and <body>.
        #expect(depth == 5_002)
        #expect(tree.nodes.last?.text == "end")
    }

    @Test func linkAfterNULInHTMLIsChecked() throws {
        let html = "<html><body>\u{0}<p>Hi</p>\n<p>\u{0}</p>\n<a href=\"https://bit.ly/evil\">https://paypal.com/login</a></body></html>"
        let document = Extraction.read(html)
        let link = try #require(Self.link("https://bit.ly/evil", in: document))
        // The NUL becomes U+FFFD: no line is lost or added.
        #expect(link.position.line == 3)
        #expect(document.htmlBodies.first?.visibleText.contains("Hi \u{FFFD}") == true)
        let report = Self.report(html)
        #expect(report.findings.contains { $0.rule == "link-shortener" && $0.position.line == 3 })
        #expect(report.failed)
    }

    @Test func linkAfterNULInsideATagIsChecked() throws {
        let document = Extraction.read("<p a=\"\u{0}\" \u{0}>x</p><a href=\"https://bit.ly/evil\">y</a>")
        #expect(Self.link("https://bit.ly/evil", in: document) != nil)
    }

    @Test func linkAfterNULInQuotedPrintablePartIsChecked() throws {
        let part = "<p>Hello=00 there</p>=\r\n<p>=00</p>\r\n<a href=3D\"https://bit.ly/evil\">https://paypal.com/login</a>"
        let document = Extraction.read(Self.message(htmlPart: part, encoding: "quoted-printable"))
        let link = try #require(Self.link("https://bit.ly/evil", in: document))
        #expect(link.text == "https://paypal.com/login")
        #expect(Self.report(Self.message(htmlPart: part, encoding: "quoted-printable"), path: "m.eml").failed)
    }

    @Test func linkAfterNULInBase64PartIsChecked() throws {
        let part = Self.base64Lines("<html><body>\u{0}<p>Hi</p><a href=\"https://bit.ly/evil\">https://paypal.com/login</a></body></html>")
        let document = Extraction.read(Self.message(htmlPart: part, encoding: "base64"))
        let link = try #require(Self.link("https://bit.ly/evil", in: document))
        #expect(link.text == "https://paypal.com/login")
        #expect(Self.report(Self.message(htmlPart: part, encoding: "base64"), path: "m.eml").failed)
    }

    @Test func linkAfterDeepNestingInBase64PartIsChecked() throws {
        let part = Self.base64Lines(String(repeating: "<span>", count: 10_000) + Self.phish)
        let text = Self.message(htmlPart: part, encoding: "base64")
        let link = try #require(Self.link("https://bit.ly/x", in: Extraction.read(text)))
        #expect(link.text == "https://paypal.com/login")
        #expect(Self.report(text, path: "m.eml").findings.contains { $0.rule == "link-text-url-mismatch" })
    }

    @Test func textPastLibxml2LengthLimitsIsRead() {
        // libxml2 stops at 10,000,000 bytes of one text or comment without XML_PARSE_HUGE.
        let long = String(repeating: "word ", count: 2_100_000)
        let tree = HTMLTreeParser.parse(utf8: Array(("<!--" + long + "--><p>" + long + "</p><a href=\"https://bit.ly/x\">y</a>").utf8))
        #expect(tree.nodes.contains { $0.kind == .comment && $0.text.utf8.count == long.utf8.count })
        #expect(tree.nodes.contains { $0.kind == .text && $0.text.utf8.count == long.utf8.count })
        let anchor = tree.nodes.first { $0.kind == .element && $0.name == "a" }
        #expect(anchor.flatMap { tree.attribute("href", of: $0) } == "https://bit.ly/x")
    }

    @Test func unmatchedEndTagsUnderDeepNestingStopTheParseAndAreReported() throws {
        // 20,000 open spans and 20,000 end tags that close nothing: libxml2 would search 4×10⁸ elements.
        let html = "<p>Hi</p>\n" + String(repeating: "<span>", count: 20_000) + "\n" + String(repeating: "</div>", count: 20_000)
            + "\n" + Self.phish
        let start = Date()
        let document = Extraction.read(html)
        #expect(Date().timeIntervalSince(start) < 20)
        let problem = try #require(document.htmlBodies.first?.parseStopProblem)
        #expect(problem.kind == .htmlTooCostly)
        #expect(problem.position.line == 3)
        #expect(problem.message.contains("levels deep with end tags that close nothing: parsing stopped at line 3"))
        let finding = try #require(Self.report(html).findings.first { $0.rule == "malformed-input" && $0.evidence == "html-too-costly" })
        #expect(finding.position.line == 3)
    }

    @Test func fewUnmatchedEndTagsAreParsedAsEver() throws {
        let html = String(repeating: "<span>", count: 300) + String(repeating: "</div>", count: 300) + Self.phish
        let document = Extraction.read(html)
        #expect(document.htmlBodies.first?.parseStopProblem == nil)
        #expect(Self.link("https://bit.ly/x", in: document)?.text == "https://paypal.com/login")
    }

    static func tag(attributes count: Int, last: String) -> String {
        "<a" + (0..<count - 1).map { " x\($0)=\"\($0)\"" }.joined() + " " + last + ">"
    }

    @Test func attributesUpToTheLimitAreRead() throws {
        let limit = HTMLTreeParser.maxAttributesPerElement
        let html = "<p>Hi</p>\n" + Self.tag(attributes: limit, last: "href=\"https://bit.ly/x\"") + "https://paypal.com/login</a>"
        let document = Extraction.read(html)
        let link = try #require(Self.link("https://bit.ly/x", in: document))
        #expect(link.text == "https://paypal.com/login")
        #expect(document.htmlBodies.first?.attributeLimitProblem == nil)
    }

    @Test func attributesPastTheLimitAreReported() throws {
        let limit = HTMLTreeParser.maxAttributesPerElement
        let html = "<p>Hi</p>\n<p>\n" + Self.tag(attributes: limit + 1, last: "href=\"https://bit.ly/x\"") + "y</a>\n"
            + #"<a href="https://tinyurl.com/after">z</a>"#
        let document = Extraction.read(html)
        #expect(Self.link("https://bit.ly/x", in: document) == nil)
        // The rest of the document is read as ever.
        #expect(Self.link("https://tinyurl.com/after", in: document)?.position.line == 4)
        let problem = try #require(document.htmlBodies.first?.attributeLimitProblem)
        #expect(problem.kind == .tooManyAttributes)
        #expect(problem.position.line == 3)
        #expect(problem.message == "<a> has \(limit + 1) attributes; those past the first \(limit) were not read")
        let finding = try #require(Self.report(html).findings.first { $0.rule == "malformed-input" })
        #expect(finding.position.line == 3)
        #expect(finding.message.contains("<a> has 1001 attributes"))
        #expect(finding.evidence == "too-many-attributes")
    }

    @Test func manyAttributesTakeLinearTime() throws {
        // 50,000 attributes once took 5.4 s in libxml2's duplicate check; 200,000 would take 20 times that.
        let html = "<div" + String(repeating: " a", count: 200_000) + " class=x>text</div>\n<div b c>more</div>"
        let start = Date()
        let tree = HTMLTreeParser.parse(utf8: Array(html.utf8))
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(tree.attributeOverflows == [HTMLAttributeOverflow(element: "div", line: 1, attributeCount: 200_001)])
        let divs = tree.nodes.filter { $0.kind == .element && $0.name == "div" }
        #expect(divs.count == 2)
        // `a` repeated is one attribute to libxml2 (later duplicates are dropped); the second div is untouched.
        #expect(divs.first.map { tree.attributes(of: $0).count } == 1)
        #expect(divs.last.map { tree.attributes(of: $0).map(\.name) } == ["b", "c"])
        #expect(tree.nodes.contains { $0.kind == .text && $0.text == "more" })
    }

    @Test func overflowCountsSkipCommentsAndScripts() {
        let many = String(repeating: " a", count: 1_500)
        let html = "<!-- <div\(many)> --><script>if (a<b\(many)) {}</script><style>p<x\(many){}</style><p>ok</p>"
        let tree = HTMLTreeParser.parse(utf8: Array(html.utf8))
        #expect(tree.attributeOverflows.isEmpty)
        #expect(tree.nodes.contains { $0.kind == .comment && $0.text.hasPrefix(" <div a a") })
        #expect(tree.nodes.contains { $0.kind == .text && $0.text.hasPrefix("if (a<b a a") })
    }
}
