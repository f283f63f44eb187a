import Testing
@_spi(CLI) @testable import SpamLintKit

extension Extraction {
    @Suite struct CSSStyleSheetTests {
        /// Each rule rendered as `[?]selector, selector{name:value!, …}` (`?` for a conditional rule,
        /// `!` for an important declaration; compounds written back as type#id.class).
        private func rendered(_ css: String) -> [String] {
            CSSStyleSheet.parse([css]).rules.map { rule in
                let selectors = rule.selectors.map { selector in
                    selector.compounds.map { compound in
                        (compound.type ?? "*") + (compound.id.map { "#" + $0 } ?? "") + compound.classes.map { "." + $0 }.joined()
                    }.joined(separator: " ") + (selector.isStateDependent ? ":state" : "")
                }.joined(separator: ", ")
                let declarations = rule.declarations.map { "\($0.name):\($0.value)\($0.isImportant ? "!" : "")" }.joined(separator: ";")
                return (rule.isConditional ? "?" : "") + selectors + "{" + declarations + "}"
            }
        }

        @Test(arguments: [
            (".hide { display: none }", ["*.hide{display:none}"]),
            ("#Preheader{DISPLAY:NONE !important;max-height:0}", ["*#preheader{display:none!;max-height:0}"]),
            ("td.mobile, .wrapper  DIV.a.b{color:#FFF}", ["td.mobile, *.wrapper div.a.b{color:#fff}"]),
            ("@media only screen and (max-width:600px){.m{display:block!important}}", ["?*.m{display:block!}"]),
            ("@media screen{.x{display:none}} @media all{.y{display:none}}", ["*.x{display:none}", "*.y{display:none}"]),
            ("@media yahoo{.yh{display:none}}", ["?*.yh{display:none}"]),
            ("@supports (display:grid){.g{display:none}}", ["?*.g{display:none}"]),
            ("@media (max-width:600px){@media (min-width:300px){.n{display:block}}} .after{color:red}",
             ["?*.n{display:block}", "*.after{color:red}"]),
            ("@font-face{font-family:x;src:url(a.woff)} @import url(b.css); .k{color:red}", ["*.k{color:red}"]),
            ("a:hover{color:red} .menu:checked{display:block}", ["a:state{color:red}", "*.menu:state{display:block}"]),
            // Unsupported selectors are dropped; the rest of their list is kept.
            ("div > p, .ok{color:red} [data-x]{color:red}", ["*.ok{color:red}"]),
            // Sibling combinators: the part after the last one, applying sometimes.
            ("#nav:checked ~* .menu{display:block!important} a + b{color:red}", ["* *.menu:state{display:block!}", "b:state{color:red}"]),
            ("a::before{content:'x'} p:first-child{color:red} :not(.a){color:red}", []),
            ("*{width:0} *[x]{width:0}", ["*{width:0}"]),
            // Only the properties hidden-text detection reads are kept; a rule left with none is dropped.
            (".a{margin:0;padding:4px;display:none} .b{font-family:serif}", ["*.a{display:none}"]),
            // Broken input recovers at the next rule, as CSS Syntax says.
            (".a{color:red;;junk;:x;display :none} .b{", ["*.a{color:red;display:none}"]),
            (".a{background:url(x.png) #fff;color:'A B', serif}", ["*.a{background:url(x.png) #fff;color:'a b', serif}"]),
            ("@media (max-width:600px){.a{color:red} } .b{color:blue}", ["?*.a{color:red}", "*.b{color:blue}"]),
            ("@media (max-width:600px){ junk } .c{color:blue} }", ["*.c{color:blue}"]),
            ("<!-- .a{color:red} -->", ["*.a{color:red}"]),
            (".a{}", []),
        ])
        func parses(css: String, expected: [String]) {
            #expect(rendered(css) == expected)
        }

        @Test func specificityCountsIDsClassesAndTypes() throws {
            let rules = CSSStyleSheet.parse(["#a .b td{color:red} td{color:red} .x.y:hover{color:red}"]).rules
            #expect(rules.map { $0.selectors[0].specificity } == [1 << 16 | 1 << 8 | 1, 1, 3 << 8])
        }

        @Test func blocksAreOneSheetInSourceOrder() {
            let sheet = CSSStyleSheet.parse([".a{color:red}", "@media (max-width:1px){.b{color:red}}"])
            #expect(sheet.rules.map(\.isConditional) == [false, true])
            #expect(sheet.limitHit == nil)
        }

        @Test func ruleLimitIsReportedAndKeepsTheFirstRules() throws {
            let css = (0...CSSStyleSheet.maxRules).map { ".c\($0){color:red}" }.joined()
            let sheet = CSSStyleSheet.parse([css])
            #expect(sheet.rules.count == CSSStyleSheet.maxRules)
            #expect(sheet.rules.first?.selectors.first?.compounds.first?.classes == ["c0"])
            let limit = try #require(sheet.limitHit)
            #expect(limit.contains("more than \(CSSStyleSheet.maxRules) rules"))
        }

        @Test func selectorLimitIsReported() throws {
            let list = (0..<(CSSStyleSheet.maxSelectors + 10)).map { ".s\($0)" }.joined(separator: ",")
            let sheet = CSSStyleSheet.parse([list + "{color:red}", ".after{color:red}"])
            #expect(sheet.rules.count == 1)
            #expect(try #require(sheet.limitHit).contains("\(CSSStyleSheet.maxSelectors) selectors"))
        }

        @Test func longSelectorIsDroppedAndReported() throws {
            let long = Array(repeating: "div", count: CSSStyleSheet.maxCompounds + 1).joined(separator: " ")
            let sheet = CSSStyleSheet.parse([long + "{display:none} .ok{color:red}"])
            #expect(sheet.rules.count == 1)
            #expect(try #require(sheet.limitHit).contains("\(CSSStyleSheet.maxCompounds) compounds"))
        }

        @Test func deepNestingIsSkippedAndReported() throws {
            let depth = CSSStyleSheet.maxNesting + 1
            let css = String(repeating: "@media (min-width:1px){", count: depth) + ".deep{display:none}"
                + String(repeating: "}", count: depth) + ".ok{color:red}"
            let sheet = CSSStyleSheet.parse([css])
            #expect(sheet.rules.count == 1)
            #expect(try #require(sheet.limitHit).contains("deeper than \(CSSStyleSheet.maxNesting)"))
        }
    }
}
