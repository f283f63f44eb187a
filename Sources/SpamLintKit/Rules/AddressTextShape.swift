/// Necessary conditions of the address expressions that have no useful required literal, read in one
/// pass over the text: each flag is false only where its expression cannot match, so ICU is spared
/// trying it at every position of a text that holds, say, no digit at all.
///
/// The classes follow ICU's definitions without case-insensitivity: `\d` is `\p{Nd}`, `\s` is
/// `\p{White_Space}` (the superset taken here also holds `\p{Z}`, which can only make a flag true
/// more often), `[A-Z]` is ASCII only, `\p{Lu}` is the upper-case letter category.
struct AddressTextShape {
    /// A decimal digit, which every address expression needs.
    private(set) var hasDigit = false
    /// `\b\d{1,6}[A-Za-z]?(?:-\d{1,5})?,?\s+(?:[\p{Lu}\d][\p{L}\d'.\-]*\s+){1,4}(?:Street|…)`: a stretch of digits,
    /// ASCII letters, `-` and `,` holding a digit, white space, one to four words each starting with an upper-case
    /// letter or a digit and followed by white space, then a street type as written.
    private(set) var mayHoldNumberedStreet = false
    /// `,\s*[A-Z]{2}\.?\s+\d{5}`.
    private(set) var mayHoldStateAndZIP = false
    /// `\s\d[A-Z]{2}` (the inward part of a UK postcode).
    private(set) var mayHoldUKPostcode = false
    /// `[A-Z]\d[A-Z] \d[A-Z]\d`.
    private(set) var mayHoldCanadianPostalCode = false
    /// `[A-Z]\s+\d{4}` (the end of an Australian state, its postcode).
    private(set) var mayHoldAustralianPostcode = false
    /// `\d{4} [A-Z]{2}\s+\p{Lu}\p{Ll}`.
    private(set) var mayHoldDutchPostcode = false
    /// `(?:\d|bis|ter),?\s+(?:rue|avenue|…)` compared case-insensitively; a non-ASCII character where a letter is
    /// compared counts as a possible match, since ICU's case folding could make it one.
    private(set) var mayHoldFrenchStreet = false
    /// `[eE.]\s+#?\d` (the end of `Suite`, `SUITE`, `Ste.`, the unit number).
    private(set) var mayHoldSuite = false

    private struct Classes: OptionSet {
        let rawValue: UInt16
        static let digit = Classes(rawValue: 1 << 0)
        static let asciiUpper = Classes(rawValue: 1 << 1)
        static let upper = Classes(rawValue: 1 << 2)
        static let lower = Classes(rawValue: 1 << 3)
        static let space = Classes(rawValue: 1 << 4)
        static let whiteSpace = Classes(rawValue: 1 << 5)
        /// Digits, ASCII letters, `-` and `,`: what stands between a house number and the white space after it.
        static let houseNumber = Classes(rawValue: 1 << 6)
        static let comma = Classes(rawValue: 1 << 7)
        static let period = Classes(rawValue: 1 << 8)
        /// `[\p{L}\d'.\-]`: what follows the first character of a word of a street name.
        static let streetWord = Classes(rawValue: 1 << 9)
    }

    private static let asciiClasses: [Classes] = (0..<128).map { value -> Classes in
        switch UInt8(value) {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): [.digit, .houseNumber, .streetWord]
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): [.asciiUpper, .upper, .houseNumber, .streetWord]
        case UInt8(ascii: "a")...UInt8(ascii: "z"): [.lower, .houseNumber, .streetWord]
        case UInt8(ascii: "-"): [.houseNumber, .streetWord]
        case UInt8(ascii: ","): [.houseNumber, .comma]
        case UInt8(ascii: "."): [.period, .streetWord]
        case UInt8(ascii: "'"): [.streetWord]
        case UInt8(ascii: " "): [.space, .whiteSpace]
        case 0x09...0x0D: [.whiteSpace]
        default: []
        }
    }

    private static func classes(of scalar: Unicode.Scalar) -> Classes {
        if scalar.isASCII { return asciiClasses[Int(scalar.value)] }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .decimalNumber: return [.digit, .houseNumber, .streetWord]
        case .uppercaseLetter: return [.upper, .streetWord]
        case .lowercaseLetter: return [.lower, .streetWord]
        case .titlecaseLetter, .modifierLetter, .otherLetter: return [.streetWord]
        case .spaceSeparator, .lineSeparator, .paragraphSeparator: return [.whiteSpace]
        default: return properties.isWhitespace ? [.whiteSpace] : []
        }
    }

    private let classes: [Classes]
    private let scalars: [UInt32]

    init(_ text: String) {
        var classes: [Classes] = []
        var scalars: [UInt32] = []
        classes.reserveCapacity(text.utf8.count)
        scalars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let scalarClasses = Self.classes(of: scalar)
            if scalarClasses.contains(.digit) { hasDigit = true }
            classes.append(scalarClasses)
            scalars.append(scalar.value)
        }
        self.classes = classes
        self.scalars = scalars
        guard hasDigit else { return }
        readShapes()
    }

    private func has(_ index: Int, _ wanted: Classes) -> Bool { index >= 0 && index < classes.count && classes[index].contains(wanted) }

    private func afterWhiteSpace(_ index: Int) -> Int {
        var index = index
        while has(index, .whiteSpace) { index += 1 }
        return index
    }

    private func scalar(_ index: Int) -> UInt32? { index >= 0 && index < scalars.count ? scalars[index] : nil }

    private mutating func readShapes() {
        let count = classes.count
        var index = 0
        while index < count {
            let here = classes[index]
            if here.contains(.houseNumber) {
                // Every digit of one stretch ends where the stretch ends, so each stretch is looked at once.
                var end = index
                var holdsDigit = false
                while has(end, .houseNumber) {
                    if classes[end].contains(.digit) { holdsDigit = true }
                    end += 1
                }
                if !mayHoldNumberedStreet, holdsDigit, has(end, .whiteSpace), numberedStreetFollows(afterWhiteSpace(end)) {
                    mayHoldNumberedStreet = true
                }
                for start in index..<end {
                    if !mayHoldStateAndZIP, classes[start].contains(.comma), stateAndZIPFollows(start) { mayHoldStateAndZIP = true }
                    if has(start, .asciiUpper), has(start + 1, .digit), has(start + 2, .asciiUpper), has(start + 3, .space),
                       has(start + 4, .digit), has(start + 5, .asciiUpper), has(start + 6, .digit) {
                        mayHoldCanadianPostalCode = true
                    }
                    if has(start, .digit), has(start + 1, .digit), has(start + 2, .digit), has(start + 3, .digit), has(start + 4, .space),
                       has(start + 5, .asciiUpper), has(start + 6, .asciiUpper), has(start + 7, .whiteSpace) {
                        let name = afterWhiteSpace(start + 7)
                        if has(name, .upper), has(name + 1, .lower) { mayHoldDutchPostcode = true }
                    }
                }
                index = end
                continue
            }
            if here.contains(.whiteSpace) {
                // A whole run of white space at once: what stands before it and what follows it.
                let before = index - 1
                let after = afterWhiteSpace(index)
                if has(after, .digit), has(after + 1, .asciiUpper), has(after + 2, .asciiUpper) { mayHoldUKPostcode = true }
                if has(before, .asciiUpper), (after..<after + 4).allSatisfy({ has($0, .digit) }) { mayHoldAustralianPostcode = true }
                if let last = scalar(before), last == 0x65 || last == 0x45 || last == 0x2E,
                   has(after, .digit) || (scalar(after) == 0x23 && has(after + 1, .digit)) {
                    mayHoldSuite = true
                }
                if !mayHoldFrenchStreet, frenchNumberEnds(at: before), frenchStreetTypeStarts(at: after) { mayHoldFrenchStreet = true }
                index = after
                continue
            }
            index += 1
        }
    }

    private func numberedStreetFollows(_ firstWord: Int) -> Bool {
        var word = firstWord
        for _ in 0..<4 {
            guard has(word, .upper) || has(word, .digit) else { return false }
            var end = word + 1
            while has(end, .streetWord) { end += 1 }
            guard has(end, .whiteSpace) else { return false }
            let next = afterWhiteSpace(end)
            if has(next, .asciiUpper), Self.streetTypes.contains(where: { startsWith($0, at: next) }) { return true }
            word = next
        }
        return false
    }

    private static let streetTypes = PostalAddressDetector.numberedStreetTypes.map { Array($0.unicodeScalars.map(\.value)) }

    private func startsWith(_ word: [UInt32], at start: Int) -> Bool {
        guard start + word.count <= scalars.count else { return false }
        for offset in word.indices where scalars[start + offset] != word[offset] { return false }
        return true
    }

    private func stateAndZIPFollows(_ comma: Int) -> Bool {
        var next = afterWhiteSpace(comma + 1)
        guard has(next, .asciiUpper), has(next + 1, .asciiUpper) else { return false }
        next += 2
        if has(next, .period) { next += 1 }
        guard has(next, .whiteSpace) else { return false }
        next = afterWhiteSpace(next)
        return (next..<next + 5).allSatisfy { has($0, .digit) }
    }

    /// The house number of a French address ends at `index`: a digit or `bis`/`ter`, then perhaps a comma.
    private func frenchNumberEnds(at index: Int) -> Bool {
        var last = index
        if scalar(last) == 0x2C { last -= 1 }
        if has(last, .digit) { return true }
        return ["bis", "ter"].contains { letters in caseInsensitivelyMayBe(letters, at: last - 2) }
    }

    private func frenchStreetTypeStarts(at index: Int) -> Bool {
        PostalAddressDetector.frenchStreetTypeStarts.contains { caseInsensitivelyMayBe($0, at: index) }
    }

    /// True when the ASCII lower-case `letters` stand at `start` compared case-insensitively, or a non-ASCII character
    /// stands where a letter is compared.
    private func caseInsensitivelyMayBe(_ letters: String, at start: Int) -> Bool {
        guard start >= 0 else { return false }
        var index = start
        for letter in letters.utf8 {
            guard let value = scalar(index) else { return false }
            if value >= 0x80 { return true }
            let lowered = value >= 0x41 && value <= 0x5A ? value + 0x20 : value
            if lowered != UInt32(letter) { return false }
            index += 1
        }
        return true
    }
}
