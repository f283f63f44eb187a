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
    /// `\b\d{1,6}[A-Za-z]?(?:-\d{1,5})?,?\s+[\p{Lu}\d]…`: a stretch of digits, ASCII letters, `-` and `,`
    /// holding a digit, then white space, then an upper-case letter or a digit.
    private(set) var mayHoldNumberedStreet = false
    /// `,\s*[A-Z]{2}\.?\s+\d{5}`.
    private(set) var mayHoldStateAndZIP = false
    /// `\s\d[A-Z]{2}` (the inward part of a UK postcode).
    private(set) var mayHoldUKPostcode = false
    /// `[A-Z]\d[A-Z] \d[A-Z]\d`.
    private(set) var mayHoldCanadianPostalCode = false
    /// `\d{4} [A-Z]{2}`.
    private(set) var mayHoldDutchPostcode = false

    private struct Classes: OptionSet {
        let rawValue: UInt8
        static let digit = Classes(rawValue: 1)
        static let asciiUpper = Classes(rawValue: 2)
        static let upper = Classes(rawValue: 4)
        static let space = Classes(rawValue: 8)
        static let whiteSpace = Classes(rawValue: 16)
        /// Digits, ASCII letters, `-` and `,`: what stands between a house number and the white space after it.
        static let houseNumber = Classes(rawValue: 32)
        static let comma = Classes(rawValue: 64)
        static let period = Classes(rawValue: 128)
    }

    private static let asciiClasses: [Classes] = (0..<128).map { value -> Classes in
        let byte = UInt8(value)
        var classes: Classes = []
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): classes = [.digit, .houseNumber]
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): classes = [.asciiUpper, .upper, .houseNumber]
        case UInt8(ascii: "a")...UInt8(ascii: "z"): classes = [.houseNumber]
        case UInt8(ascii: "-"): classes = [.houseNumber]
        case UInt8(ascii: ","): classes = [.houseNumber, .comma]
        case UInt8(ascii: "."): classes = [.period]
        case UInt8(ascii: " "): classes = [.space, .whiteSpace]
        case 0x09...0x0D: classes = [.whiteSpace]
        default: break
        }
        return classes
    }

    private static func classes(of scalar: Unicode.Scalar) -> Classes {
        if scalar.isASCII { return asciiClasses[Int(scalar.value)] }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .decimalNumber: return [.digit, .houseNumber]
        case .uppercaseLetter: return [.upper]
        case .spaceSeparator, .lineSeparator, .paragraphSeparator: return [.whiteSpace]
        default: return properties.isWhitespace ? [.whiteSpace] : []
        }
    }

    init(_ text: String) {
        var classes: [Classes] = []
        classes.reserveCapacity(text.utf8.count)
        var digitCount = 0
        for scalar in text.unicodeScalars {
            let scalarClasses = Self.classes(of: scalar)
            if scalarClasses.contains(.digit) { digitCount += 1 }
            classes.append(scalarClasses)
        }
        guard digitCount > 0 else { return }
        hasDigit = true
        let count = classes.count
        func has(_ index: Int, _ wanted: Classes) -> Bool { index < count && classes[index].contains(wanted) }
        func afterWhiteSpace(_ index: Int) -> Int {
            var index = index
            while has(index, .whiteSpace) { index += 1 }
            return index
        }

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
                if holdsDigit, has(end, .whiteSpace) {
                    let next = afterWhiteSpace(end)
                    if has(next, .upper) || has(next, .digit) { mayHoldNumberedStreet = true }
                }
                if !mayHoldStateAndZIP {
                    for comma in index..<end where classes[comma].contains(.comma) && Self.stateAndZIPFollows(comma, has, afterWhiteSpace) {
                        mayHoldStateAndZIP = true
                        break
                    }
                }
                if !mayHoldCanadianPostalCode || !mayHoldDutchPostcode {
                    for start in index..<end {
                        if has(start, .asciiUpper), has(start + 1, .digit), has(start + 2, .asciiUpper), has(start + 3, .space),
                           has(start + 4, .digit), has(start + 5, .asciiUpper), has(start + 6, .digit) {
                            mayHoldCanadianPostalCode = true
                        }
                        if has(start, .digit), has(start + 1, .digit), has(start + 2, .digit), has(start + 3, .digit), has(start + 4, .space),
                           has(start + 5, .asciiUpper), has(start + 6, .asciiUpper) {
                            mayHoldDutchPostcode = true
                        }
                    }
                }
                index = end
                continue
            }
            if here.contains(.whiteSpace), has(index + 1, .digit), has(index + 2, .asciiUpper), has(index + 3, .asciiUpper) {
                mayHoldUKPostcode = true
            }
            index += 1
        }
    }

    private static func stateAndZIPFollows(_ comma: Int, _ has: (Int, Classes) -> Bool, _ afterWhiteSpace: (Int) -> Int) -> Bool {
        var next = afterWhiteSpace(comma + 1)
        guard has(next, .asciiUpper), has(next + 1, .asciiUpper) else { return false }
        next += 2
        if has(next, .period) { next += 1 }
        guard has(next, .whiteSpace) else { return false }
        next = afterWhiteSpace(next)
        return (next..<next + 5).allSatisfy { has($0, .digit) }
    }
}
