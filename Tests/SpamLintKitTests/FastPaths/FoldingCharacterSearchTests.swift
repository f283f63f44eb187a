import Foundation
import Testing
@testable import SpamLintKit

/// The folding-character check skips ASCII in strides; it must find what searching every byte found.
struct FoldingCharacterSearchTests {
    @Test func findsEveryFoldingCharacterAtEveryOffset() {
        for value in RequiredLiterals.mayFoldToASCII {
            let character = String(Unicode.Scalar(value)!)
            for prefix in 0..<20 {
                for filler in ["a", "é", "\u{2019}"] {
                    var text = String(repeating: filler, count: prefix) + character + String(repeating: "b", count: prefix % 9)
                    let found = text.withUTF8 { RequiredLiterals.holdsCharacterFoldingToASCII($0) }
                    #expect(found, "\(String(value, radix: 16)) after \(prefix) \(filler)")
                }
            }
        }
    }

    @Test func answersAsTheWholeTextSearch() {
        var texts = TextSamples.corpus(seed: 0xF01D)
        texts += ["\u{C3}", "Ã", "Ä", "ẕ", "ẛ", "ẟ", "\u{2129}", "\u{212B}", "\u{FB07}", "\u{FB13}", "ſ", "ß"]
        var hits = 0
        for var text in texts {
            let expected = text.withUTF8 { RequiredLiterals.holdsCharacterFoldingToASCIIBySearch($0) }
            if expected { hits += 1 }
            #expect(text.withUTF8 { RequiredLiterals.holdsCharacterFoldingToASCII($0) } == expected, "\(text.debugDescription)")
        }
        #expect(hits > 20)
    }
}
