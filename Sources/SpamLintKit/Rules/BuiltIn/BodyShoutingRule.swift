/// Flags a body in which a large share of the words is written in capitals.
public struct BodyShoutingRule: Rule {
    public init() {}

    /// Fewer words than this cannot tell shouting from a heading and a button.
    static let minimumWords = 15
    static let shoutedShare = 0.5

    public let description = RuleDescription(
        id: "body-shouting", name: "Body in capitals", category: .content, severity: .warning, score: 1.0,
        summary: "Half or more of the visible body words (of 3+ letters, short acronyms aside) are in capitals.",
        rationale: """
            Mirrors SpamAssassin's UPPERCASE_50_75 / UPPERCASE_75_100 (body mostly upper-case, up to 1.5): shouting \
            is typical of spam and hard to read. Words of three or four capitals (USA, FAQ, HTML) are counted as \
            acronyms and ignored, as are words with digits and template placeholders.
            """,
        fix: "Write the body in sentence case; use bold or a heading for emphasis instead of capitals.",
        triggeringExamples: [
            RuleExample("<p>ACT NOW AND CLAIM YOUR EXCLUSIVE CASH REWARD BEFORE MIDNIGHT. THIS INCREDIBLE OFFER WILL NEVER BE REPEATED AGAIN, SO HURRY AND CLICK BELOW TODAY! THOUSANDS OF HAPPY WINNERS ALREADY RECEIVED THEIR PAYMENTS.</p>"),
        ],
        nonTriggeringExamples: [
            RuleExample("<h1>ORDER CONFIRMED</h1><p>Thanks for your order. We will send another email when the parcel leaves our warehouse in the USA. Read our FAQ for shipping times.</p>"),
            RuleExample("<p>HI THERE FRIEND</p>"),
        ]
    )

    public func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        let bodies: [(String, SourcePosition)] = document.htmlBodies.isEmpty
            ? document.textBodies.map { ($0.text, $0.position) }
            : document.htmlBodies.map { ($0.visibleText, $0.position) }
        return bodies.compactMap { text, position in
            let tally = Self.tally(TemplateText.literal(text))
            guard tally.considered >= Self.minimumWords,
                  Double(tally.shoutedCount) / Double(tally.considered) >= Self.shoutedShare else { return nil }
            let share = Int((100.0 * Double(tally.shoutedCount) / Double(tally.considered)).rounded())
            return Violation("\(share)% of the body's words are in capitals", evidence: tally.evidence.joined(separator: " "),
                             at: position)
        }
    }

    /// How many words count, how many of them are shouted, and the first shouted words as written.
    struct Tally: Equatable {
        var considered = 0
        var shoutedCount = 0
        var evidence: [String] = []

        mutating func count(isUpper: Bool, word: () -> String) {
            considered += 1
            guard isUpper else { return }
            shoutedCount += 1
            if evidence.count < BodyShoutingRule.evidenceWords { evidence.append(word()) }
        }
    }

    static let evidenceWords = 8

    /// Words are whitespace-separated; a word with a digit is skipped, one with fewer than three cased
    /// letters too, and an all-capitals word of three or four letters is an acronym.
    static func tally(_ text: String) -> Tally {
        var tally = Tally()
        WhitespaceWords.forEach(in: text, ascii: { word in
            // One byte is one character here, classed by byte.
            var upper = 0
            var lower = 0
            for byte in word {
                if ASCIIByte.isUppercase(byte) { upper += 1 } else if ASCIIByte.isLowercase(byte) { lower += 1 } else if ASCIIByte.isDigit(byte) { return }
            }
            guard upper + lower >= 3 else { return }
            let isUpper = lower == 0
            if isUpper, upper <= 4 { return }
            tally.count(isUpper: isUpper) { String(decoding: word, as: UTF8.self) }
        }, mixed: { stretch in
            if Self.tallyLoneScalars(stretch, into: &tally) { return }
            for word in stretch.split(whereSeparator: { $0.isWhitespace }) {
                guard !word.contains(where: \.isNumber) else { continue }
                let cased = word.filter { $0.isUppercase || $0.isLowercase }
                guard cased.count >= 3 else { continue }
                let isUpper = cased.allSatisfy(\.isUppercase)
                if isUpper, cased.count <= 4 { continue }
                tally.count(isUpper: isUpper) { String(word) }
            }
        })
        return tally
    }

    /// Counts the words of `stretch` scalar by scalar when every scalar is a Character of its own: ASCII,
    /// and non-ASCII scalars of blocks whose characters never join a neighbour into one Character (Latin-1
    /// to Latin Extended-B, Greek, Cyrillic letters, spaces, dashes, quotes, currency and letterlike
    /// symbols). The words, and each Character's properties, are then those of the Character code below.
    /// False, with nothing counted, for any other stretch.
    static func tallyLoneScalars(_ stretch: Substring, into tally: inout Tally) -> Bool {
        let scalars = stretch.unicodeScalars
        guard scalars.allSatisfy({ $0.isASCII || standsAlone($0.value) }) else { return false }
        var wordStart: String.Index?
        var hasNumber = false
        var cased = 0
        var upper = 0
        func closeWord(at end: String.Index) {
            guard let start = wordStart else { return }
            wordStart = nil
            defer {
                hasNumber = false
                cased = 0
                upper = 0
            }
            guard !hasNumber, cased >= 3 else { return }
            let isUpper = upper == cased
            if isUpper, cased <= 4 { return }
            tally.count(isUpper: isUpper) { String(stretch[start..<end]) }
        }
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                if ASCIIByte.isWhitespace(byte) {
                    closeWord(at: index)
                } else {
                    if wordStart == nil { wordStart = index }
                    if ASCIIByte.isDigit(byte) {
                        hasNumber = true
                    } else if ASCIIByte.isUppercase(byte) {
                        cased += 1
                        upper += 1
                    } else if ASCIIByte.isLowercase(byte) {
                        cased += 1
                    }
                }
            } else {
                let character = Character(scalar)
                if character.isWhitespace {
                    closeWord(at: index)
                } else {
                    if wordStart == nil { wordStart = index }
                    if character.isNumber { hasNumber = true }
                    let isUpper = character.isUppercase
                    if isUpper || character.isLowercase {
                        cased += 1
                        if isUpper { upper += 1 }
                    }
                }
            }
            index = scalars.index(after: index)
        }
        closeWord(at: scalars.endIndex)
        return true
    }

    /// Blocks whose scalars are neither combining nor joining (no Extend, ZWJ, SpacingMark, Prepend,
    /// regional indicator or Hangul jamo): between two such scalars, or one and ASCII, there is always
    /// a Character boundary.
    private static func standsAlone(_ value: UInt32) -> Bool {
        switch value {
        case 0x00A0...0x024F, 0x0370...0x0482, 0x048A...0x052F, 0x2000...0x200A, 0x2010...0x2027, 0x2030...0x205E,
             0x20A0...0x20C0, 0x2100...0x214F:
            true
        default:
            false
        }
    }
}
