import Foundation
import Testing
@_spi(CLI) @testable import SpamLintKit

/// The folding-character check skips ASCII in strides; it must find such a character at any offset.
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
}
