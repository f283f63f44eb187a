import Testing
@testable import SpamLintKit

/// `BodyShoutingRule.tally` scans bytes for ASCII text and classes ASCII characters by byte in
/// mixed text; it must count exactly what the `Character`-based count it replaced counted.
struct BodyShoutingTallyTests {
    /// The rule's count as first written, with `Character` properties throughout.
    static func reference(_ text: String) -> BodyShoutingRule.Tally {
        var tally = BodyShoutingRule.Tally()
        for token in text.split(whereSeparator: { $0.isWhitespace }) {
            guard !token.contains(where: \.isNumber) else { continue }
            let cased = token.filter { $0.isUppercase || $0.isLowercase }
            guard cased.count >= 3 else { continue }
            let isUpper = cased.allSatisfy(\.isUppercase)
            if isUpper, cased.count <= 4 { continue }
            tally.count(isUpper: isUpper) { String(token) }
        }
        return tally
    }

    @Test func asciiBytesClassLikeCharacters() {
        for value in UInt8(0)..<0x80 {
            let character = Character(Unicode.Scalar(value))
            #expect(ASCIIByte.isWhitespace(value) == character.isWhitespace, "\(value)")
            #expect(ASCIIByte.isUppercase(value) == character.isUppercase, "\(value)")
            #expect(ASCIIByte.isLowercase(value) == character.isLowercase, "\(value)")
            #expect(ASCIIByte.isDigit(value) == character.isNumber, "\(value)")
            #expect(ASCIIByte.isLetter(value) == character.isLetter, "\(value)")
            #expect(String(decoding: [ASCIIByte.lowercased(value)], as: UTF8.self) == String(character).lowercased(), "\(value)")
        }
        #expect(Character("\r\n").isWhitespace)
    }

    @Test func allASCIIFindsANonASCIIByteAnywhere() {
        for length in 0..<20 {
            var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
            bytes.withUnsafeBufferPointer { #expect(ASCIIByte.allASCII($0)) }
            for position in 0..<length {
                bytes[position] = 0xC3
                bytes.withUnsafeBufferPointer { #expect(!ASCIIByte.allASCII($0), "\(length) \(position)") }
                bytes[position] = UInt8(ascii: "a")
            }
        }
    }

    @Test func countsWordsAsTheCharacterScanDid() {
        for text in TextSamples.corpus(seed: 0x5EED) {
            #expect(BodyShoutingRule.tally(text) == Self.reference(text), "\(text.debugDescription)")
        }
    }

    @Test func edgeCases() {
        // Acronyms of three or four capitals are ignored, five count as shouting.
        #expect(BodyShoutingRule.tally("USA FAQS") == BodyShoutingRule.Tally())
        #expect(BodyShoutingRule.tally("HELLO there") == BodyShoutingRule.Tally(considered: 2, shoutedCount: 1, evidence: ["HELLO"]))
        // CR LF separates words as a space does; a no-break space too.
        #expect(BodyShoutingRule.tally("HELLO\r\nWORLD\u{A0}AGAIN").shoutedCount == 3)
        // A digit anywhere skips the word, in any script.
        #expect(BodyShoutingRule.tally("WINNER1 WINNER٣ WINNER").considered == 1)
        // Non-ASCII capitals count as capitals.
        #expect(BodyShoutingRule.tally("ÉCOLE ÄÖÜBER").shoutedCount == 2)
        // Evidence keeps the first eight shouted words only.
        let many = Array(repeating: "SHOUTING", count: 12).joined(separator: " ")
        #expect(BodyShoutingRule.tally(many).evidence.count == 8)
        #expect(BodyShoutingRule.tally(many + " é").shoutedCount == 12)
        // A dropped control character between two kept letters: the filtered letters join into one Character.
        for text in ["A\u{0}\u{345}bc é", "ABCD\u{0}\u{345} é", "Ab\u{600}\u{0}cd é", "l'été é", "L'ÉTÉ É", "a\u{7F}\u{301}bc é",
                     "AB-\u{345}CD é", "\u{345}\u{345}\u{345}x é", "ǅx-ǅy é"] {
            #expect(BodyShoutingRule.tally(text) == Self.reference(text), "\(text.debugDescription)")
        }
    }

    /// Stopping once the rest of the text cannot make the body shout must decide as the whole count does.
    @Test func stoppingEarlyDecidesAsTheWholeCount() {
        var samples = TextSamples(seed: 0x5709)
        var texts = TextSamples.corpus(seed: 0x5709)
        let loud = ["FREE", "CASH", "WINNER", "ORDER", "ÉCOLE", "ОТПИСКА", "MONEY", "BONUS", "HURRY", "NOW!!!"]
        let quiet = ["free", "cash", "winner", "order", "école", "отписка", "money", "bonus", "hurry", "now", "a", "12345", "x1"]
        for index in 0..<800 {
            // From mostly quiet to mostly loud, so both decisions and the edge between them occur.
            let loudShare = UInt64(index % 11)
            var text = ""
            for _ in 0..<Int(samples.next() % 80) {
                text += samples.next() % 10 < loudShare ? samples.pick(loud) : samples.pick(quiet)
                text += samples.next() % 7 == 0 ? samples.pick(TextSamples.specialPieces) : " "
            }
            texts.append(text)
        }
        var fired = 0
        var quietTexts = 0
        for text in texts {
            let whole = BodyShoutingRule.tally(text)
            let stopped = BodyShoutingRule.tally(text, stoppingWhenSettled: true)
            #expect(stopped.isShouting == whole.isShouting, "\(text.debugDescription)")
            if whole.isShouting {
                fired += 1
                #expect(stopped == whole, "\(text.debugDescription)")
            } else if whole.considered >= BodyShoutingRule.minimumWords {
                quietTexts += 1
            }
        }
        #expect(fired > 100 && quietTexts > 100, "\(fired) \(quietTexts)")
    }
}
