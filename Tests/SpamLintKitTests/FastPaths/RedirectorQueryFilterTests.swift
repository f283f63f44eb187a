import Foundation
import Testing
@_spi(CLI) @testable import SpamLintKit

/// Link-redirector skips decoding a query that cannot hold a web URL; where it skips, none may be found.
struct RedirectorQueryFilterTests {
    @Test func skippedQueriesHoldNoWebURL() {
        let pieces = ["u=", "url=", "q=", "&", ";", "+", "%20", "%68ttp://x.example", "http://a.example", "HTTPS://B.EXAMPLE/x", "hTtP://c.example",
                      "ttp://d.example", "htt", "p", "h", "://", "e.example", "%", "%2", "\u{FEFF}", "\u{2000}", "é", "İ", "\u{212A}", "#", "?", "=",
                      "https%3A%2F%2Fx.example", "www.x.example", "ｈｔｔｐ://x.example",
                      "&u=http://a.example", "&q=%68ttp://x.example", "&url=+HTTPS://y.example", "&to=%20http://z.example"]
        var generator = TextSamples(seed: 0x9E1)
        var skipped = 0
        var carried = 0
        for _ in 0..<1500 {
            var href = "https://r.example/go?"
            for _ in 0..<Int(1 + generator.next() % 8) { href += generator.pick(pieces) }
            guard let url = ParsedURL(href) else { continue }
            let hasWebURL = url.queryItems.contains { OpenRedirectorList.isWebURL($0.value) }
            if hasWebURL { carried += 1 }
            if !RedirectDestinations.queryMayCarryWebURL(url.rest) {
                skipped += 1
                #expect(!hasWebURL, "\(href.debugDescription)")
            }
        }
        #expect(skipped > 200 && carried > 50, "\(skipped) \(carried)")
    }
}
