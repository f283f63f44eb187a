import Foundation
import Testing
@_spi(CLI) @testable import SpamLintKit

/// File-name extensions are read on bytes for ASCII names; Foundation's answers stand.
struct PathExtensionFastPathTests {
    @Test func extensionIsFoundationsForEveryShapeOfName() {
        var names = ["", ".", "..", "...", "a", "a.", ".a", "..a", "a..", "a..b", "a.b.c", "x.EML", "x.eml", "x.html ", " .eml", "a.b.",
                     ".a.b", "..eml", "x.tar.gz", "noext", "é.eml", "x.émL", "a\u{301}.eml", "x.e\u{301}ml", "x.\u{301}eml", "a/b.c", "a.b/c",
                     "x\r\n.eml", "x.\r\n", "CON.", "~", "~.eml", "x.eml~"]
        var generator = TextSamples(seed: 0xE47)
        let alphabet = Array("ab.E.-_ ~\u{A0}é")
        for _ in 0..<600 {
            let length = Int(generator.next() % 7)
            names.append(String((0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }))
        }
        for name in names {
            #expect(InputCollector.pathExtension(ofName: name) == (name as NSString).pathExtension, "\(name.debugDescription)")
        }
    }
}
