import Testing
@_spi(CLI) @testable import SpamLintKit

extension Extraction {
    @Suite struct CSSTokenizerTests {
        /// A compact rendering of a token list: kinds with their names, whitespace as `_`.
        private func rendered(_ text: String) -> String {
            CSSTokenizer.tokens(text).map { token -> String in
                switch token.kind {
                case .whitespace: return "_"
                case .ident: return "ident(\(token.name))"
                case .function: return "function(\(token.name))"
                case .atKeyword: return "@\(token.name)"
                case .hash: return token.isIDHash ? "#\(token.name)" : "hash(\(token.name))"
                case .delim: return "delim(\(token.delim))"
                case .dimension: return "dimension(\(token.name))"
                default: return "\(token.kind)"
                }
            }.joined(separator: " ")
        }

        @Test(arguments: [
            (".Hide{display:none}", "delim(.) ident(hide) leftBrace ident(display) colon ident(none) rightBrace"),
            ("#Nav td", "#nav _ ident(td)"),
            ("#123", "hash(123)"),
            ("a /* note */ b", "ident(a) _ _ ident(b)"),
            ("/* never closed", ""),
            ("@media (max-width:600px)", "@media _ leftParen ident(max-width) colon dimension(px) rightParen"),
            ("font-size:0!important", "ident(font-size) colon number delim(!) ident(important)"),
            ("width:50%", "ident(width) colon percentage"),
            ("-webkit-text-size-adjust:none", "ident(-webkit-text-size-adjust) colon ident(none)"),
            ("<!-- .a{} -->", "cdo _ delim(.) ident(a) leftBrace rightBrace _ cdc"),
            ("url(x.png) url( 'y' )", "url _ function(url) _ string _ rightParen"),
            ("\"open\nx", "badString _ ident(x)"),
            (".\\31 0 .a\\2d b", "delim(.) ident(10) _ delim(.) ident(a-b)"),
            ("rgb(255,255,255)", "function(rgb) number comma number comma number rightParen"),
            ("é.ü", "ident(é) delim(.) ident(ü)"),
        ])
        func tokenizes(source: String, expected: String) {
            #expect(rendered(source) == expected)
        }

        /// Every byte string tokenizes to the end, each token covering the bytes after the one before.
        @Test(arguments: ["\\", "#", "@", "-", "--", "url(", "url(a b", "'", "\u{0}", "\u{FF}\u{FE}", "1e", "+.", "<!-", "/*/"])
        func strayInputEndsCleanly(source: String) {
            let tokens = CSSTokenizer.tokens(source)
            var end = 0
            for token in tokens {
                #expect(token.range.lowerBound >= end)
                #expect(!token.range.isEmpty)
                end = token.range.upperBound
            }
            #expect(end <= source.utf8.count)
        }
    }
}
