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
            RuleExample("↓<p>ACT NOW AND CLAIM YOUR EXCLUSIVE CASH REWARD BEFORE MIDNIGHT. THIS INCREDIBLE OFFER WILL NEVER BE REPEATED AGAIN, SO HURRY AND CLICK BELOW TODAY! THOUSANDS OF HAPPY WINNERS ALREADY RECEIVED THEIR PAYMENTS.</p>"),
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
            let tally = Self.tally(TemplateText.literal(text), stoppingWhenSettled: true)
            guard tally.isShouting else { return nil }
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

        /// Enough words, and enough of them shouted, for the rule to fire.
        var isShouting: Bool {
            considered >= BodyShoutingRule.minimumWords && Double(shoutedCount) / Double(considered) >= BodyShoutingRule.shoutedShare
        }

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
    ///
    /// `stoppingWhenSettled` ends the count once the text left cannot bring the shouted share to
    /// `shoutedShare`: every word still to count takes at least four bytes (a separator and three
    /// letters), so at most `bytesAfter / 4` more can count, all of them shouted at best. The tally is
    /// then partial and the rule does not fire, as it would not on the whole count.
    static func tally(_ text: String, stoppingWhenSettled: Bool = false) -> Tally {
        var tally = Tally()
        // Takes the tally as an argument: a nested function capturing it would make every access to it
        // from the closures below a checked (dynamically enforced) one.
        func goOn(_ tally: Tally, _ bytesAfter: Int) -> Bool {
            guard stoppingWhenSettled else { return true }
            // Adding shouted words only raises the share, so this is the highest share the rest can give.
            let most = bytesAfter / 4
            // Cheap answer for most of the text: with at least as many words to come as counted so far, the
            // best case is at least one half.
            if most >= tally.considered, shoutedShare <= 0.5 { return true }
            let total = tally.considered + most
            return total == 0 || Double(tally.shoutedCount + most) / Double(total) >= shoutedShare
        }
        WhitespaceWords.forEachWhile(in: text, ascii: { word, bytesAfter in
            // One byte is one character here, classed by byte.
            var upper = 0
            var lower = 0
            for byte in word {
                if ASCIIByte.isUppercase(byte) { upper += 1 } else if ASCIIByte.isLowercase(byte) { lower += 1 } else if ASCIIByte.isDigit(byte) { return goOn(tally, bytesAfter) }
            }
            guard upper + lower >= 3 else { return goOn(tally, bytesAfter) }
            let isUpper = lower == 0
            if isUpper, upper <= 4 { return goOn(tally, bytesAfter) }
            tally.count(isUpper: isUpper) { String(decoding: word, as: UTF8.self) }
            return goOn(tally, bytesAfter)
        }, mixed: { stretch, bytesAfter in
            if Self.tallyLoneScalars(stretch, into: &tally) { return goOn(tally, bytesAfter) }
            // A stretch can be a whole paragraph of non-Latin text: the stop test runs after each of its words
            // too, counting the bytes left in the stretch (words inside it are whitespace-separated as well).
            let utf8 = stretch.utf8
            for word in stretch.split(whereSeparator: { $0.isWhitespace }) {
                if let casing = casing(of: word), casing.cased >= 3, !(casing.isUpper && casing.cased <= 4) {
                    tally.count(isUpper: casing.isUpper) { String(word) }
                }
                guard goOn(tally, bytesAfter + utf8.distance(from: word.endIndex, to: stretch.endIndex)) else { return false }
            }
            return goOn(tally, bytesAfter)
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

    /// How many cased letters the word's cased letters put together (`filter`) make, and whether all
    /// are capitals; nil when the word holds a number.
    static func casing(of word: Substring) -> (cased: Int, isUpper: Bool)? {
        // Words of only ASCII bytes (common between the non-ASCII ones) are classed by byte, as in `tally`.
        var text = word
        var upper = 0
        var lower = 0
        var hasDigit = false
        let isASCII = text.withUTF8 { bytes in
            guard ASCIIByte.allASCII(bytes) else { return false }
            for byte in bytes {
                if ASCIIByte.isUppercase(byte) { upper += 1 } else if ASCIIByte.isLowercase(byte) { lower += 1 } else if ASCIIByte.isDigit(byte) { hasDigit = true }
            }
            return true
        }
        if isASCII { return hasDigit ? nil : (upper + lower, lower == 0) }
        var cased = 0
        var isUpper = true
        // Counted in one pass without building the filtered String. That String can join two kept
        // letters that a dropped character kept apart into one Character, changing its count; that
        // needs a later letter starting with a scalar that attaches backwards, or an earlier one ending
        // in a Prepend scalar (Cf or Lo). When a gap has anything else around it, the filtered String
        // is built as before.
        var lastKept: Character?
        var gapSinceLastKept = false
        var mayJoin = false
        for character in word {
            if character.isNumber { return nil }
            let isUppercase = character.isUppercase
            guard isUppercase || character.isLowercase else {
                gapSinceLastKept = lastKept != nil
                continue
            }
            if gapSinceLastKept, let previous = lastKept,
               !(Self.neverJoinsForward(previous.unicodeScalars.last!) && Self.neverJoinsBackward(character.unicodeScalars.first!)) {
                mayJoin = true
            }
            cased += 1
            if !isUppercase { isUpper = false }
            lastKept = character
            gapSinceLastKept = false
        }
        guard mayJoin else { return (cased, isUpper) }
        let filtered = word.filter { $0.isUppercase || $0.isLowercase }
        return (filtered.count, filtered.allSatisfy(\.isUppercase))
    }

    /// Cased letters and marks are never Prepend, the only class that joins what follows.
    private static func neverJoinsForward(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 0x20 && scalar.value != 0x7F }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// A cased letter's grapheme break class is Other: it starts a new Character after anything but Prepend.
    private static func neverJoinsBackward(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 0x20 && scalar.value != 0x7F }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter: return true
        default: return false
        }
    }
}
