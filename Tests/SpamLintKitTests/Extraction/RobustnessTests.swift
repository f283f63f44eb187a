import Foundation
import Testing
@_spi(CLI) @testable import SpamLintKit

extension Extraction {
    @Suite struct RobustnessTests {
        // Speed is measured in benchmarks, not asserted here; these inputs must simply be read.
        private func timed(_ bytes: [UInt8]) -> EmailDocument {
            EmailReader.read(bytes, settings: ReadSettings())
        }

        @Test func binaryJunkDoesNotCrash() {
            var generator = SystemRandomNumberGenerator()
            for _ in 0..<5 {
                let bytes = (0..<20_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
                _ = timed(bytes)
            }
            // Deterministic junk too, with every byte value and many tag openers.
            let junk = (0..<50_000).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ $0 >> 3) }
            _ = timed(junk)
        }

        @Test func nulBytesDoNotCrash() {
            let bytes = Array("<p>a\u{0}b</p>\u{0}<a href=\"https://x.example/\u{0}\">l\u{0}</a>\u{0}{{\u{0}}}".utf8)
            let document = timed(bytes)
            #expect(document.kind == .template)
            _ = timed([0, 0, 0, 0])
            _ = timed([])
        }

        @Test func invalidUTF8IsAProblemAndReadAsWindows1252() throws {
            var bytes = Array("<p>Caf".utf8)
            bytes += [0xE9, 0xFF, 0xC3]
            bytes += Array(" ok</p>".utf8)
            let document = timed(bytes)
            #expect(document.problems.contains { $0.kind == .invalidUTF8 })
            let body = try #require(document.htmlBodies.first)
            #expect(body.visibleText.hasPrefix("Café"))
            #expect(body.visibleText.hasSuffix("ok"))
        }

        @Test func deeplyNestedDivs() {
            let depth = 5_000
            let source = String(repeating: "<div>", count: depth) + "deep text <a href=\"https://deep.example/\">x</a>"
                + String(repeating: "</div>", count: depth)
            let document = timed(Array(source.utf8))
            #expect(document.htmlBodies.count == 1)
        }

        @Test func deeplyNestedHiddenSpans() {
            let depth = 3_000
            let source = "<div style=\"display:none\">" + String(repeating: "<span style=\"font-size:0\">w ", count: depth)
                + String(repeating: "</span>", count: depth) + "</div>"
            _ = timed(Array(source.utf8))
        }

        @Test(arguments: ["<p>Hello {{", "<p>Hello {{ name", "Hello {{{", "<a href=\"{{ url", "{{!-- never closed", "{% if",
                          "<%= x", "%%[ set", "*|FNAME"])
        func unclosedTemplateTagAtEOF(source: String) {
            let document = timed(Array(source.utf8))
            #expect(document.kind == .template)
        }

        @Test func unclosedTagKeepsItsTextVisible() {
            let body = Extraction.html("<p>Hello {{ name</p>")
            #expect(body.visibleText == "Hello {{ name")
        }

        @Test func largeSingleLineTemplate() throws {
            var source = "<html><body>"
            var index = 0
            while source.utf8.count < 200_000 {
                source += "<p style=\"color:#333\">Item \(index) {{ name }} <a href=\"https://shop.example/p/\(index)?u={{id}}\">buy</a> *|FNAME|*</p>"
                index += 1
            }
            source += "</body></html>"
            let document = timed(Array(source.utf8))
            let body = try #require(document.htmlBodies.first)
            #expect(body.links.count == index)
            #expect(body.links.last?.position.line == 1)
            #expect(body.links.last?.position.column ?? 0 > 190_000)
        }

        @Test func largeSingleLineTextTemplateWithManyURLs() throws {
            let source = (0..<8_000).map { "see https://u\($0).example/x" }.joined(separator: " ")
            let document = timed(Array(source.utf8))
            let text = try #require(document.textBodies.first)
            #expect(text.links.count == 8_000)
        }

        @Test(arguments: ["{{", "{%", "{#", "*|", "%%", "<%", "%%[", "{{!--", "{{{"])
        func manyUnclosedOpenersAreNotQuadratic(opener: String) {
            let source = "<p>" + String(repeating: opener + " x ", count: 40_000) + "</p>"
            _ = timed(Array(source.utf8))
        }

        @Test func manyHiddenBlocksAreNotQuadratic() {
            let source = (0..<5_000).map { "<p>visible words number \($0)</p><span style=\"display:none\">h\($0)</span>" }.joined()
            let document = timed(Array(source.utf8))
            #expect(document.htmlBodies.first?.hiddenTexts.count == 5_000)
        }
    }
}
