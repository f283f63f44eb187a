import Testing
@_spi(CLI) @testable import SpamLintKit

extension Extraction {
    @Suite struct TerminalSafeTests {
        @Test(arguments: [
            ("plain text", "plain text"),
            ("\u{1B}[31mred\u{1B}[0m", "\u{FFFD}[31mred\u{FFFD}[0m"),
            ("bell\u{07}", "bell\u{FFFD}"),
            ("nul\u{00}", "nul\u{FFFD}"),
            ("del\u{7F}", "del\u{FFFD}"),
            ("csi\u{9B}2J", "csi\u{FFFD}2J"),
            ("a\tb\nc\rd", "a b c d"),
            ("evil\u{202E}txt.exe", "eviltxt.exe"),
            ("\u{2066}iso\u{2069}\u{202A}\u{202B}\u{202C}\u{202D}", "iso"),
            ("emoji 🎉 café", "emoji 🎉 café"),
            ("", ""),
        ])
        func clean(input: String, expected: String) {
            #expect(TerminalSafe.clean(input) == expected)
        }

        /// The byte pre-check may say "maybe" too often but never "no" for a scalar the exact
        /// path changes: every scalar, alone and inside ASCII text, cleans as the scalar loop does.
        @Test func unchangedFastPathAgreesWithTheScalarLoopForEveryScalar() {
            func reference(_ text: String, keepingLineBreaks: Bool) -> String {
                TerminalSafe.cleanScalars(text, keepingLineBreaks: keepingLineBreaks)
            }
            var mismatches: [UInt32] = []
            // Every lead byte the pre-check looks at (0xC2, 0xE2) falls below U+3000; beyond, samples.
            for value in Array(UInt32(0)...0x3000) + [0xFEFF, 0xE000, 0xFFFD, 0x1F389, 0x10FFFF] {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let text = "a" + String(Character(scalar)) + "b"
                for keep in [false, true] where TerminalSafe.clean(text, keepingLineBreaks: keep) != reference(text, keepingLineBreaks: keep) {
                    mismatches.append(value)
                }
                if !TerminalSafe.mayNeedCleaning(text), reference(text, keepingLineBreaks: false) != text { mismatches.append(value) }
            }
            #expect(mismatches.isEmpty)
            #expect(!TerminalSafe.mayNeedCleaning("plain ASCII path/to/file.html: message [rule +1.5]"))
            #expect(TerminalSafe.mayNeedCleaning("tab\there") && TerminalSafe.mayNeedCleaning("\u{202E}") && TerminalSafe.mayNeedCleaning("\u{85}"))
        }

        @Test func noControlScalarSurvives() {
            let all = String(String.UnicodeScalarView((0...0x9F).compactMap(Unicode.Scalar.init)))
            let cleaned = TerminalSafe.clean(all + "\u{202E}\u{2067}")
            #expect(!cleaned.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
            #expect(!cleaned.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) })
        }
    }
}
