import Testing
@_spi(CLI) @testable import SpamLintKit
@testable import SpamLintInterop

extension Extraction {
    /// The byte fast paths of the HTML path must answer as the general (Character-based) code does.
    @Suite struct HTMLFastPathTests {
        /// A deterministic generator, so that a failure names its input and reproduces.
        private struct Generator {
            var state: UInt64
            mutating func next(below bound: Int) -> Int {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                return Int((state >> 33) % UInt64(bound))
            }
            mutating func string(from alphabet: [String], maxLength: Int) -> String {
                (0..<next(below: maxLength + 1)).map { _ in alphabet[next(below: alphabet.count)] }.joined()
            }
        }

        @Test func tagOpeningScanFindsWhatAByteByByteScanFinds() {
            var generator = Generator(state: 7)
            let alphabet = ["{", "%", "*", "|", "<", "#", "a", "\n", "é", " "]
            for _ in 0..<2_000 {
                let bytes = Array(generator.string(from: alphabet, maxLength: 70).utf8)
                let start = bytes.isEmpty ? 0 : generator.next(below: bytes.count)
                var expected = bytes.count
                var index = start
                while index + 1 < bytes.count {
                    let pair = String(decoding: bytes[index...(index + 1)], as: UTF8.self)
                    if ["{{", "{%", "{#", "*|", "%%", "<%"].contains(pair) {
                        expected = index
                        break
                    }
                    index += 1
                }
                #expect(TemplateMasker.nextTagOpening(in: bytes, from: start) == expected, "\(String(decoding: bytes, as: UTF8.self)) from \(start)")
            }
        }

        @Test func maskingStillFindsTagsPastSixteenByteChunks() {
            let source = String(repeating: "<td>", count: 9) + "{{ name }}" + String(repeating: "x", count: 17) + "*|FNAME|*"
            let masked = TemplateMasker.mask(Array(source.utf8))
            #expect(masked.placeholders == ["{{ name }}", "*|FNAME|*"])
        }

        @Test func urlPreCheckAgreesWithTextSearch() {
            var generator = Generator(state: 11)
            let alphabet = ["u", "r", "l", "U", "R", "L", "(", " ", "é", "\u{301}", "x", "url(", "abcdefghijklmnop"]
            for _ in 0..<3_000 {
                // Long enough to cross the sixteen-byte chunks the scan skips.
                let css = generator.string(from: alphabet, maxLength: 30)
                let expected = TextSearch.contains(css, "url(") || TextSearch.contains(css, "URL(")
                #expect(CSSURLScanner.mayContainURL(css) == expected, "\(css.unicodeScalars.map { $0.value })")
            }
            #expect(CSSURLScanner.urls(in: "background: URL('a.png'), url(b.png)") == ["a.png", "b.png"])
            #expect(CSSURLScanner.urls(in: "background: Url(a.png)").isEmpty, "neither spelling the check looks for")
        }

        @Test(arguments: [
            ("#FFF", "ffffff"), (" #AbCdEf ", "abcdef"), ("#abcd", nil), ("#ggg", nil), ("#", nil), ("ffffff", "ffffff"),
            ("FFFFFF", "ffffff"), ("fffff", nil), ("orange", "ffa500"), ("White", "ffffff"), ("rgb(255, 0, 0)", "ff0000"),
            ("\u{A0}#fff", "ffffff"), ("", nil), ("  ", nil), ("#0a0", "00aa00"),
        ] as [(String, String?)])
        func hexColoursNormaliseAsBefore(raw: String, expected: String?) {
            #expect(CSSColor.normalized(raw) == expected)
        }

        @Test func hexFastPathLeavesNamesAndNonASCIIToTheGeneralPath() {
            #expect(CSSColor.normalizedHex("orange") == nil)
            #expect(CSSColor.normalizedHex("rgb(1,2,3)") == nil)
            #expect(CSSColor.normalizedHex("\u{A0}#fff") == nil)
            #expect(CSSColor.normalizedHex("#ＦＦＦ") == nil, "full-width digits are the general path's to judge")
            #expect(CSSColor.normalizedHex("#xyz") == .some(nil))
            #expect(CSSColor.normalizedHex("#ABC") == .some("aabbcc"))
        }

        @Test func inlineStyleASCIIAndUnicodeParsesAgree() {
            let ascii = InlineStyle("COLOR: Red !important; font-size:12PX;;color : Blue ; Display:none; bogus; :x")
            let unicode = InlineStyle("font-family: 'Ünïcode'; COLOR: Red !important; font-size:12PX;;color : Blue ; Display:none; bogus; :x")
            for property in ["color", "font-size", "display", "bogus", "", "margin"] {
                #expect(ascii[property] == unicode[property], "\(property)")
            }
            #expect(ascii["color"] == "blue", "a later declaration wins")
            #expect(ascii["font-size"] == "12px")
            #expect(ascii["display"] == "none")
            #expect(ascii["margin"] == nil)
            #expect(unicode["font-family"] == "'ünïcode'")
            #expect(InlineStyle("color: red  !important ")["color"] == "red")
            #expect(InlineStyle("").isEmpty && InlineStyle(nil).isEmpty && InlineStyle("no declarations").isEmpty)
            #expect(!InlineStyle("a:b").isEmpty && !InlineStyle("é:b").isEmpty)
        }

        @Test(arguments: [
            " SPAMLINT-disable x", "\u{FEFF}spamlint-disable x", "spam", "", " \n\t", "<!-- x", "\n\tSpamLint-ignore-next",
            "spamlınt-x", "ſpamlint-x", "\u{A0}spamlint-x", "spamlint", "spamlint-", "sPaMlInT-file a", "x spamlint-",
        ])
        func directivePreCheckNeverRejectsADirective(content: String) {
            let isDirective = content.trimmingWhitespace().lowercased().hasPrefix(SuppressionDirectiveParser.prefix)
            if isDirective { #expect(SuppressionDirectiveParser.mayStartWithPrefix(content)) }
            if TextSearch.isASCII(content) { #expect(SuppressionDirectiveParser.mayStartWithPrefix(content) == isDirective) }
        }

        @Test func packedNamesTellTagsApart() {
            #expect(HTMLExtractor.packedName("a") != HTMLExtractor.packedName("area"))
            #expect(HTMLExtractor.packedName("frameset") != HTMLExtractor.packedName("frame"))
            #expect(HTMLExtractor.packedName("blockquote") == 0, "longer than eight bytes")
            #expect(HTMLExtractor.packedName("td") == 0x7464)
        }

        @Test func flatTreeKeepsDocumentOrderParentsAndAttributes() throws {
            let html = "<DIV ID=a Data-X=\"1\"><p>x</p><SPAN class=B>y</SPAN></DIV><!--c--><p TITLE=\"é\">z</p>"
            let tree = HTMLTreeParser.parse(utf8: Array(html.utf8))
            for (index, node) in tree.nodes.enumerated() {
                if let parent = node.parent {
                    #expect(parent < index)
                    #expect(tree.nodes[parent].kind == .element)
                    #expect(tree.children(of: parent).contains(index))
                } else {
                    #expect(tree.roots.contains(index))
                }
                if node.kind != .element { #expect(node.attributeRange.isEmpty) }
            }
            let div = try #require(tree.nodes.first { $0.name == "div" })
            #expect(tree.attributes(of: div).map(\.name) == ["id", "data-x"])
            #expect(tree.attribute("id", of: div) == "a")
            #expect(tree.attribute("data-x", of: div) == "1")
            #expect(tree.attribute("ID", of: div) == nil, "names are asked for lower-cased")
            let texts = tree.nodes.filter { $0.kind == .text }.map(\.text)
            #expect(texts == ["x", "y", "z"])
            let span = try #require(tree.nodes.firstIndex { $0.name == "span" })
            let divIndex = try #require(tree.nodes.firstIndex { $0.name == "div" })
            #expect(tree.nodes[span].parent == divIndex)
            #expect(tree.attribute("class", of: tree.nodes[span]) == "B", "values keep their case")
            #expect(tree.nodes.contains { $0.kind == .comment && $0.text == "c" })
            let lastP = try #require(tree.nodes.last { $0.name == "p" })
            #expect(tree.attribute("title", of: lastP) == "é")
        }

        @Test func deepNestingIsCopiedWithoutRecursion() {
            // libxml2 stops at 256 levels without XML_PARSE_HUGE; the walk must still not recurse.
            let depth = 250
            let html = String(repeating: "<div>", count: depth) + "deep" + String(repeating: "</div>", count: depth)
            let tree = HTMLTreeParser.parse(utf8: Array(html.utf8))
            let text = tree.nodes.lastIndex { $0.kind == .text && $0.text == "deep" }
            #expect(text != nil)
            // The text's ancestors form one chain up to a root.
            var ancestors = 0
            var current = text.flatMap { tree.nodes[$0].parent }
            while let index = current {
                ancestors += 1
                current = tree.nodes[index].parent
            }
            #expect(ancestors >= depth)
        }

        @Test func lowerCasingNamesFromBytesMatchesLowercased() {
            for name in ["div", "DIV", "Data-X", "x-é", "ÉL", ""] {
                let copied = Array(name.utf8) + [0]
                let lowered = copied.withUnsafeBufferPointer { HTMLTreeParser.lowercasedName($0.baseAddress) }
                #expect(lowered == name.lowercased())
            }
        }

        @Test func repeatedValuesOnOneLineGetTheirOwnColumns() {
            let body = Extraction.html("<p><a href=\"https://a.example/x\">a</a> <a href=\"https://a.example/x\">b</a></p>\n<p><a href=\"https://b.example/?a=1&amp;b=2\">c</a></p>")
            #expect(body.links.map(\.position.column) == [13, 49, 13])
            #expect(body.links.map(\.position.line) == [1, 1, 2])
        }
    }
}

extension Extraction.HTMLFastPathTests {
    @Test func blankTextIsOnlyASCIISpacers() {
        #expect(HTMLExtractor.isBlank(" \n\t\r\u{0B}\u{0C}"))
        #expect(HTMLExtractor.isBlank(""))
        #expect(!HTMLExtractor.isBlank(" \u{A0} "), "NBSP is a spacer too, but left to the general path")
        #expect(!HTMLExtractor.isBlank(" x "))
    }

    @Test func blankTextBetweenTagsLeavesTextAndCountsAsBefore() {
        let body = Extraction.html("<title>\n  </title><a href=\"https://a.example\">\n   </a>\n<p>One  two</p>\n\n<div style=\"display:none\">\n</div>")
        #expect(body.title == "")
        #expect(body.visibleText == "One two")
        #expect(body.wordCount == 2)
        #expect(body.links.first?.text == "")
        #expect(body.hiddenTexts.isEmpty)
    }
}

extension Extraction.HTMLFastPathTests {
    @Test func newlineMaskMarksExactlyTheLineFeeds() {
        let bytes: [UInt8] = [0x0A, 0x0B, 0x09, 0x8A, 0x00, 0x61, 0xFF, 0x0A ^ 0x80, 0x01]
        var state: UInt64 = 3
        for _ in 0..<5_000 {
            var word: UInt64 = 0
            var expected: UInt64 = 0
            for lane in 0..<8 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                let byte = bytes[Int((state >> 33) % UInt64(bytes.count))]
                word |= UInt64(byte) << (8 * lane)
                if byte == 0x0A { expected |= 0x80 << (8 * lane) }
            }
            #expect(PositionMapper.newlineMask(word) == expected, "\(String(word, radix: 16))")
        }
    }

    @Test func linesPastEightByteWordsMapToTheirLines() {
        let text = (1...40).map { String(repeating: "x", count: $0 % 11) + "L\($0)" }.joined(separator: "\n")
        let mapper = PositionMapper(text: text, firstLine: 1, isExact: true)
        for line in [1, 2, 9, 17, 33, 40] {
            #expect(mapper.position(line: line, locating: "L\(line)") == SourcePosition(line: line, column: line % 11 + 1))
        }
    }
}

extension Extraction.HTMLFastPathTests {
    @Test(arguments: [
        ("12px", 12.0), ("12", 12.0), (" 9pt ", nil), ("9pt", 12.0), ("1.5em", 24.0), ("2rem", 32.0), ("50%", 8.0),
        ("0", 0.0), ("0vw", 0.0), ("3vw", nil), ("-1px", -1.0), ("px", nil), ("", nil), ("1px ", 1.0), ("1 px", 1.0),
        ("١٢px", nil), ("12px\u{A0}", 12.0), ("12\u{A0}px", 12.0),
    ] as [(String, Double?)])
    func cssPixelsParseAsBefore(value: String, expected: Double?) {
        #expect(InlineStyle.pixels(value) == expected)
    }
}
