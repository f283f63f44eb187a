import Foundation
import Testing
@_spi(CLI) @testable import SpamLintKit

struct HTMLReporterTests {
    /// A template with one element of each pinnable kind: a shortened link, an image without alt,
    /// keyword-stuffed hidden text; and markup that tries to leave the frame and the report.
    static let template = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Deals</title></head>
        <body>
        <p>Hello {{ first_name }}, our spring sale starts today with new arrivals in every department.</p>
        <p><a href="https://bit.ly/3xDeal">See the deals</a></p>
        <p><img src="https://cdn.shop.example/hero.jpg" width="600" height="300"></p>
        <div style="display:none">cheap pills casino winner free money viagra lottery jackpot bonus prize</div>
        <p>"></iframe><script>window.pwned = 1</script> &amp; ' &quot;</p>
        <p><a href="{{ unsubscribe_url }}">Unsubscribe</a> · Shop Example, 1 Main St, Springfield</p>
        </body></html>
        """

    static func render(_ source: String = template, path: String = "deal.html", timestamp: String? = nil) -> (html: String, report: FileReport) {
        let bytes = Array(source.utf8)
        let report = Linter().report(path: path, bytes: bytes)
        let document = EmailReader.read(bytes)
        let reporter = HTMLReporter(document: { $0 == path ? document : nil }, source: { $0 == path ? source : nil }, timestamp: timestamp)
        return (reporter.render(LintResult(reports: [report])), report)
    }

    /// The decoded `srcdoc` values of the page's frames.
    static func frames(in html: String) -> [String] {
        html.components(separatedBy: " srcdoc=\"").dropFirst().map { rest in
            let value = String(rest[..<rest.firstIndex(of: "\"")!])
            return value.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
                .replacingOccurrences(of: "&amp;", with: "&")
        }
    }

    @Test func escapingLeavesNoMarkupOrQuote() {
        let escaped = HTMLText.escape("\"></iframe><script>alert('x')</script>&amp;\u{0}")
        #expect(escaped == "&quot;&gt;&lt;/iframe&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;amp;\u{FFFD}")
        #expect(HTMLText.escape(ReporterFixtures.hostile).allSatisfy { !"<>\"'".contains($0) })
    }

    @Test func emailMarkupStaysInsideItsSandboxedFrame() throws {
        let (html, _) = Self.render()
        // The report's own script is the only one; the email's is inside the srcdoc value only.
        #expect(html.components(separatedBy: "<script").count == 2)
        #expect(html.components(separatedBy: "<iframe").count == 2)
        #expect(!html.contains("window.pwned = 1</script>") && html.components(separatedBy: "</iframe>").count == 2)
        #expect(html.contains("<iframe id=\"file-1-frame-0\" data-copy=\"1\" title=\"Rendered copy of deal.html\" sandbox=\"\""))
        #expect(!html.contains("allow-scripts") && !html.contains("allow-same-origin"))
        let copy = try #require(Self.frames(in: html).first)
        // Decoded, the frame holds the email as written: escaping loses nothing.
        #expect(copy.contains("<p>\"></iframe><script>window.pwned = 1</script> &amp; ' &quot;</p>"))
        // The policy comes first, after the doctype, before any of the email.
        #expect(copy.hasPrefix("<!DOCTYPE html>\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:;"))
        #expect(copy.components(separatedBy: PinnedCopy.imageSources).count == 2)
    }

    @Test func pinsMarkTheLinkTheImageAndTheHiddenBlock() throws {
        let (html, report) = Self.render()
        let findings = report.countedFindings
        let copy = try #require(Self.frames(in: html).first)
        func pin(_ rule: String) throws -> Int {
            try #require(findings.firstIndex { $0.rule == rule }, "\(rule) fires") + 1
        }
        /// The pin labels written into start tags beginning `<name`.
        func labels(_ name: String) -> [[Int]] {
            copy.components(separatedBy: "<\(name) data-spamlint-pin=\"").dropFirst().map { rest in
                rest.prefix { $0 != "\"" }.split(separator: " ").compactMap { Int($0) }
            }
        }
        let shortener = try pin("link-shortener")
        #expect(labels("a").contains { $0.contains(shortener) })
        #expect(copy.contains("title=\"\(shortener). warning: link on URL shortener bit.ly"))
        let alt = try pin("image-missing-alt")
        #expect(labels("img").contains { $0.contains(alt) })
        #expect(labels("spamlint-pin") == labels("img"), "a void element's badge stands before it, with its numbers")
        #expect(copy.contains("aria-hidden=\"true\"></spamlint-pin><img data-spamlint-pin=\"\((labels("img").first ?? []).map(String.init).joined(separator: " "))\" src="),
                "the image's tooltip is on its badge: a broken image would show its title in its place")
        let hidden = try pin("hidden-text")
        #expect(labels("div").contains { $0.contains(hidden) })
        #expect(copy.contains("style=\"display:block !important;visibility:visible !important;") && copy.contains(" style=\"display:none\">cheap pills"),
                "the revealing style comes before the element's own, which the browser then ignores")
        // The list beside the frame links each pinned finding to its frame; the others are listed apart.
        for number in [shortener, alt, hidden] {
            #expect(html.contains("id=\"file-1-f\(number)\" tabindex=\"0\" data-frame=\"file-1-frame-0\" data-pin=\"\(number)\""))
        }
        let unsubscribe = findings.firstIndex { $0.rule == "unsubscribe-header-missing" || $0.position.line == 1 }
        if let unsubscribe { #expect(html.contains("id=\"file-1-f\(unsubscribe + 1)\" tabindex=\"0\">")) }
        #expect(html.contains("<strong>Why:</strong> ") && html.contains("<strong>Fix:</strong> "))
        #expect(html.contains("<pre class=\"source\">5 | &lt;p&gt;&lt;a href=&quot;https://bit.ly/3xDeal&quot;&gt;"))
    }

    @Test func sameRunSameBytesAndNoTimestampUnlessGiven() {
        let first = Self.render().html
        #expect(first == Self.render().html)
        #expect(first.firstMatch(of: /\d{4}-\d{2}-\d{2}/) == nil, "no date in the page")
        #expect(Self.render(timestamp: "2026-12-02T14:00:00Z").html.contains(" · 2026-12-02T14:00:00Z</p>"))
    }

    @Test func overviewListsTheWorstFirstAndEveryFile() {
        let reporter = HTMLReporter()
        let html = reporter.render(ReporterFixtures.result)
        let rows = html.components(separatedBy: "<tr class=\"verdict-").dropFirst().map { row in
            String(row.split(separator: "data-path=\"", maxSplits: 1)[1].prefix { $0 != "\"" })
        }
        #expect(rows.count == 4)
        #expect(rows.first == HTMLText.escape(ReporterFixtures.hostilePath), "the highest score comes first")
        #expect(html.contains("Not linted:</strong> cannot read file: "))
        // Without the files' content, findings are listed, none pinned.
        #expect(!html.contains("<iframe") && !html.contains("data-pin=\""))
        #expect(!html.contains("<b>'bye'</b>") && html.contains("&lt;b&gt;&#39;bye&#39;&lt;/b&gt;"))
    }

    @Test func messagesShowTheirHeadersPartsAndAttachments() throws {
        let message = "From: \"Shop\" <news@shop.example>\nReply-To: help@shop.example\nReturn-Path: <bounce@mail.shop.example>\n"
            + "DKIM-Signature: v=1; a=rsa-sha256; d=shop.example; s=s1; h=from:subject:list-unsubscribe; b=AAAA\n"
            + "List-Unsubscribe: <https://shop.example/u?x=1>\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\n"
            + "Subject: Hi\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/html; charset=utf-8\n\n"
            + "<p>Hello <a href=\"http://198.51.100.7/x\">our shop</a></p>\n--b\nContent-Type: application/pdf; name=list.pdf\n"
            + "Content-Disposition: attachment; filename=list.pdf\nContent-Transfer-Encoding: base64\n\nJVBERi0=\n--b--\n"
        let (html, report) = Self.render(message, path: "m.eml")
        #expect(report.kind == .message)
        #expect(html.contains("<th scope=\"row\">From</th><td>&quot;Shop&quot; &lt;news@shop.example&gt;</td>"))
        #expect(html.contains("d=<code>shop.example</code> s=<code>s1</code> · signs From: yes · aligned with From: relaxed yes, strict yes"))
        #expect(html.contains("<th scope=\"row\">One-click (RFC 8058)</th><td>yes"))
        #expect(html.contains("<td>application/pdf</td>") && html.contains("<li>list.pdf · application/pdf · "))
        let ipHost = try #require(report.countedFindings.firstIndex { $0.rule == "link-ip-host" }) + 1
        let copy = try #require(Self.frames(in: html).first)
        #expect(copy.contains("<a data-spamlint-pin=\"\(ipHost)"), "a link of a MIME part is pinned in that part's copy")
    }
}
