import Testing
@_spi(CLI) @testable import SpamLintKit

/// `BareURLScanner.candidateLines` skips eight bytes at a time where none can matter; it must pick
/// the lines the byte-by-byte scan picked.
struct BareURLScannerFastPathTests {
    // The byte-by-byte scan as it was (its needle tests are unchanged and shared).
    static func referenceCandidateLines(of text: String) -> [(number: Int, line: Substring)]? {
        var text = text
        let (lineRanges, textIsASCII): ([(number: Int, range: Range<Int>, isASCII: Bool)], Bool) = text.withUTF8 { bytes in
            var found: [(number: Int, range: Range<Int>, isASCII: Bool)] = []
            var textIsASCII = true
            var number = 0
            var start = 0
            while start <= bytes.count {
                number += 1
                var end = start
                var isASCII = true
                var lineMayHoldURL = false
                while end < bytes.count {
                    let byte = bytes[end]
                    if byte == 0x0A, end == 0 || bytes[end - 1] != 0x0D { break }
                    if byte >= 0x80 {
                        isASCII = false
                    } else if !lineMayHoldURL, byte == UInt8(ascii: ":") || byte | 0x20 == UInt8(ascii: "w") {
                        lineMayHoldURL = BareURLScanner.startsURLNeedle(bytes, at: end)
                    }
                    end += 1
                }
                if lineMayHoldURL { found.append((number, start..<end, isASCII)) }
                textIsASCII = textIsASCII && isASCII
                start = end + 1
            }
            return (found, textIsASCII)
        }
        // Outside ASCII, Foundation's search decides, for the whole text as for each line.
        guard textIsASCII || BareURLScanner.mayHoldURL(text) else { return nil }
        let utf8 = text.utf8
        return lineRanges.compactMap { entry in
            // Line ends are `\n` Characters, so both offsets are Character boundaries.
            let line = text[utf8.index(utf8.startIndex, offsetBy: entry.range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: entry.range.upperBound)]
            guard entry.isASCII || BareURLScanner.mayHoldURL(String(line)) else { return nil }
            return (entry.number, line)
        }
    }

    static func lines(_ found: [(number: Int, line: Substring)]?) -> [String]? {
        found?.map { "\($0.number):\($0.line)" }
    }

    static let pieces = ["https://acme.example/a", "http://x.example", "www.acme.example", "WWW.ACME.EXAMPLE", "Www.x", "wWw.x", "w", "W", "ww",
                         ":", "://", ":/", "x", "word", "12345678", "\n", "\r\n", "\r", "\n\n", " ", "\t", "é", "ü", "中文", "\u{301}",
                         "\u{A0}", "😀", "\u{FF0F}", "ｗｗｗ.", "abcdefghijklmnopqrstuvwxyz", "ABCDEFGH", ".,;", "\u{600}", "\u{308}", "\u{200D}", "é:", "\u{301}www.", "www.\u{301}", "://\u{308}", "\u{600}://"]

    @Test func picksTheLinesTheByteScanPicked() {
        var samples = TextSamples(seed: 0xB10C)
        var texts = TextSamples.corpus(seed: 0xB10C, count: 300)
        texts += ["", "\n", "\r\n", "abcdefg\nwww.x", "abcdefgh\r\nhttp://x", "abcdefghijklmnop://", "1234567\r\n\r\n:/ /www."]
        for _ in 0..<1500 {
            var text = ""
            for _ in 0..<Int(samples.next() % 30) {
                text += samples.pick(Self.pieces)
                // Runs of plain bytes of every length, so the needles fall at every place in an eight-byte block.
                text += String(repeating: "a", count: Int(samples.next() % 11))
            }
            texts.append(text)
        }
        var withLines = 0
        for text in texts {
            let expected = Self.lines(Self.referenceCandidateLines(of: text))
            if expected.map({ !$0.isEmpty }) == true { withLines += 1 }
            #expect(Self.lines(BareURLScanner.candidateLines(of: text)) == expected, "\(text.debugDescription)")
        }
        #expect(withLines > 300)
    }
}
