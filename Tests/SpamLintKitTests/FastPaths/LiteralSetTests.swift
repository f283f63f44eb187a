import Testing
@_spi(CLI) @testable import SpamLintKit

struct LiteralSetTests {
    static func naive(_ literals: [[UInt8]], _ text: [UInt8], ignoringCase: Bool) -> Bool {
        let folded = ignoringCase ? text.map(ASCIIByte.lowercased) : text
        return literals.contains { literal in
            !literal.isEmpty && literal.count <= folded.count
                && (0...(folded.count - literal.count)).contains { Array(folded[$0..<($0 + literal.count)]) == literal }
        }
    }

    /// With a one-byte literal every start is compared; without, only starts whose byte pair begins a literal.
    @Test(arguments: [["sale", "% off", "straße", "ab", "b", "abcabd", "é"], ["sale", "% off", "straße", "ab", "abcabd", "é", "ca"]])
    func findsWhatANaiveSearchFinds(_ words: [String]) {
        let literals = words.map { Array($0.utf8) }
        var samples = TextSamples(seed: 0x11DE)
        var found = 0
        for _ in 0..<400 {
            let text = Array(samples.text(pieces: Int(samples.next() % 10), unicodeShare: samples.next() % 4).utf8)
                + Array(samples.pick(["ABCABD", "abcab", "SALE", "Sa le", "STRASSE", "straße", "20% OFF", ""]).utf8)
            for ignoringCase in [false, true] {
                let set = LiteralSet(literals, ignoringASCIICase: ignoringCase)
                let expected = Self.naive(literals, text, ignoringCase: ignoringCase)
                if expected { found += 1 }
                #expect(text.withUnsafeBufferPointer { set.occurs(in: $0) } == expected, "\(String(decoding: text, as: UTF8.self).debugDescription)")
            }
        }
        #expect(found > 100)
        let none = LiteralSet([], ignoringASCIICase: true)
        #expect(![UInt8]("anything".utf8).withUnsafeBufferPointer { none.occurs(in: $0) })
    }
}
