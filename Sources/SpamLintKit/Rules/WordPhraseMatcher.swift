/// Answers whether `(?<![\p{L}\p{N}])(?:phrase|phrase|…)(?![\p{L}\p{N}])`, compiled by ICU with
/// `.caseInsensitive`, matches somewhere in a text — without ICU, which tries the look-behind at every
/// position of the text and so costs far more than a byte scan that only looks at word starts.
///
/// The phrases are written in a small part of the regex syntax: characters, `\.` and other escaped
/// punctuation, `\d+`, `\s?`, `?` after a character or group, and `(?:a|b)` groups. They are expanded
/// into plain sequences once.
///
/// The answer is ICU's or nil ("ask ICU"): nil whenever the text holds something this matcher does not
/// model exactly — a character whose case folding reaches an ASCII letter (ß, ſ, the Kelvin sign, ﬁ…),
/// a digit of another script where `\d` is used, a character of a Unicode version ICU may not know, or a
/// cased character that is neither letter nor number next to a candidate (ICU closes the look-around
/// set over case, which takes in U+0345).
struct WordPhraseMatcher: Sendable {
    /// One step of an expanded phrase.
    enum Step: Sendable, Equatable {
        /// An ASCII byte, lower-case; the text's byte is compared lower-cased.
        case byte(UInt8)
        /// A non-ASCII character of the phrase: the scalars that case-fold to it.
        case scalar([UInt32])
        /// `\d+`.
        case digits
        /// `\s`: one White_Space character.
        case space
    }

    /// The expanded phrases, by the ASCII byte they can start with (both cases of a letter; every digit for `\d+`).
    private let byFirstByte: [[[Step]]]
    private let usesDigitClass: Bool

    init(_ phrases: [String]) {
        var table = [[[Step]]](repeating: [], count: 128)
        var usesDigits = false
        for phrase in phrases {
            for sequence in Self.expand(phrase) {
                switch sequence.first {
                case .byte(let byte):
                    table[Int(byte)].append(sequence)
                    if ASCIIByte.isLowercase(byte) { table[Int(byte) - 0x20].append(sequence) }
                case .digits:
                    usesDigits = true
                    for digit in UInt8(ascii: "0")...UInt8(ascii: "9") { table[Int(digit)].append(sequence) }
                default:
                    preconditionFailure("a phrase must start with an ASCII character or \\d: \(phrase)")
                }
                if sequence.contains(.digits) { usesDigits = true }
            }
        }
        byFirstByte = table
        usesDigitClass = usesDigits
    }

    /// What a character next to a candidate match is, for the look-behind and look-ahead.
    private enum Neighbour {
        case letterOrNumber, other, unknown
    }

    private enum Outcome {
        case match, noMatch, unknown
    }

    /// True or false as ICU would answer; nil when only ICU can tell.
    func matches(_ text: String) -> Bool? {
        var text = text
        return text.withUTF8 { search($0) }
    }

    private func search(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        var unsure = false
        var previous = Neighbour.other
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                let isAlphanumeric = ASCIIByte.isLetter(byte) || ASCIIByte.isDigit(byte)
                if previous != .letterOrNumber {
                    let candidates = byFirstByte[Int(byte)]
                    if !candidates.isEmpty {
                        switch attempt(candidates, at: index, in: bytes) {
                        case .match: if previous == .other { return true } else { unsure = true }
                        case .unknown: unsure = true
                        case .noMatch: break
                        }
                    }
                }
                previous = isAlphanumeric ? .letterOrNumber : .other
                index += 1
                continue
            }
            let (scalar, length) = Self.decode(bytes, at: index)
            if Self.mayFoldToASCII(scalar) { return nil }
            if usesDigitClass, Self.isOtherScriptDigit(scalar) { return nil }
            previous = Self.neighbour(scalar)
            index += length
        }
        return unsure ? nil : false
    }

    private func attempt(_ candidates: [[Step]], at start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Outcome {
        var outcome = Outcome.noMatch
        for steps in candidates {
            switch match(steps, step: 0, at: start, in: bytes) {
            case .match: return .match
            case .unknown: outcome = .unknown
            case .noMatch: break
            }
        }
        return outcome
    }

    /// Matches `steps[step...]` at `position`, then the look-ahead; tries every length of `\d+`.
    private func match(_ steps: [Step], step: Int, at position: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Outcome {
        if step == steps.count {
            guard position < bytes.count else { return .match }
            let byte = bytes[position]
            if byte < 0x80 { return ASCIIByte.isLetter(byte) || ASCIIByte.isDigit(byte) ? .noMatch : .match }
            switch Self.neighbour(Self.decode(bytes, at: position).scalar) {
            case .letterOrNumber: return .noMatch
            case .other: return .match
            case .unknown: return .unknown
            }
        }
        guard position < bytes.count else { return .noMatch }
        let byte = bytes[position]
        switch steps[step] {
        case .byte(let wanted):
            return ASCIIByte.lowercased(byte) == wanted ? match(steps, step: step + 1, at: position + 1, in: bytes) : .noMatch
        case .scalar(let wanted):
            guard byte >= 0x80 else { return .noMatch }
            let (scalar, length) = Self.decode(bytes, at: position)
            return wanted.contains(scalar) ? match(steps, step: step + 1, at: position + length, in: bytes) : .noMatch
        case .space:
            if byte < 0x80 { return ASCIIByte.isWhitespace(byte) ? match(steps, step: step + 1, at: position + 1, in: bytes) : .noMatch }
            let (scalar, length) = Self.decode(bytes, at: position)
            return Self.isUnicodeWhiteSpace(scalar) ? match(steps, step: step + 1, at: position + length, in: bytes) : .noMatch
        case .digits:
            var end = position
            while end < bytes.count, ASCIIByte.isDigit(bytes[end]) { end += 1 }
            guard end > position else { return .noMatch }
            if end < bytes.count, bytes[end] >= 0x80, Self.isOtherScriptDigit(Self.decode(bytes, at: end).scalar) { return .unknown }
            var outcome = Outcome.noMatch
            var length = end - position
            while length > 0 {
                switch match(steps, step: step + 1, at: position + length, in: bytes) {
                case .match: return .match
                case .unknown: outcome = .unknown
                case .noMatch: break
                }
                length -= 1
            }
            return outcome
        }
    }

    /// The scalar starting at `index` of valid UTF-8 and its length in bytes.
    @inline(__always)
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: UInt32, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (value, length)
    }

    /// `RequiredLiterals.mayFoldToASCII`, with the common characters ruled out by range first.
    @inline(__always)
    private static func mayFoldToASCII(_ value: UInt32) -> Bool {
        switch value {
        case 0xDF, 0x130...0x1F0, 0x1E96...0x1E9E, 0x212A, 0xFB00...0xFB06: RequiredLiterals.mayFoldToASCII.contains(value)
        default: false
        }
    }

    /// `[\p{L}\p{N}]` as ICU 76 (Unicode 16) reads it under case-insensitive matching, where Swift's tables agree.
    private static func neighbour(_ value: UInt32) -> Neighbour {
        if value < 0x80 { return ASCIIByte.isLetter(UInt8(value)) || ASCIIByte.isDigit(UInt8(value)) ? .letterOrNumber : .other }
        // Latin-1 letters, and General Punctuation (spaces, dashes, quotes, format characters): the common cases.
        if value >= 0xC0, value <= 0xFF, value != 0xD7, value != 0xF7 { return .letterOrNumber }
        if value >= 0x2000, value <= 0x206F { return .other }
        guard let scalar = Unicode.Scalar(value), let age = scalar.properties.age, age.major < 16 else { return .unknown }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return .letterOrNumber
        default:
            // The look-around set is closed over case, so a cased non-letter may be in it (U+0345).
            return scalar.properties.changesWhenCaseMapped ? .unknown : .other
        }
    }

    /// A non-ASCII character `\d` would take (or one whose class this matcher cannot vouch for).
    private static func isOtherScriptDigit(_ value: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(value), let age = scalar.properties.age, age.major < 16 else { return true }
        return scalar.properties.generalCategory == .decimalNumber
    }

    /// ICU's `\s` outside ASCII: the White_Space property (a stable list).
    private static func isUnicodeWhiteSpace(_ value: UInt32) -> Bool {
        switch value {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    // MARK: Expanding the phrases

    /// Every plain sequence a phrase can match (`\d+` stays one step).
    static func expand(_ phrase: String) -> [[Step]] {
        var scalars = Array(phrase.unicodeScalars)[...]
        let alternatives = parseAlternatives(&scalars)
        precondition(scalars.isEmpty, "unsupported syntax in \(phrase)")
        return alternatives
    }

    /// `a|b|…` up to a `)` or the end: each branch's sequences.
    private static func parseAlternatives(_ scalars: inout ArraySlice<Unicode.Scalar>) -> [[Step]] {
        var all: [[Step]] = []
        while true {
            all += parseSequence(&scalars)
            guard scalars.first == "|" else { return all }
            scalars.removeFirst()
        }
    }

    private static func parseSequence(_ scalars: inout ArraySlice<Unicode.Scalar>) -> [[Step]] {
        var sequences: [[Step]] = [[]]
        while let scalar = scalars.first, scalar != "|", scalar != ")" {
            scalars.removeFirst()
            var atom: [[Step]]
            switch scalar {
            case "(":
                precondition(scalars.starts(with: ["?", ":"]), "only (?: groups are supported")
                scalars.removeFirst(2)
                atom = parseAlternatives(&scalars)
                precondition(scalars.first == ")", "unclosed group")
                scalars.removeFirst()
            case "\\":
                let escaped = scalars.removeFirst()
                switch escaped {
                case "d":
                    precondition(scalars.first == "+", "\\d is supported as \\d+")
                    scalars.removeFirst()
                    atom = [[.digits]]
                case "s": atom = [[.space]]
                default:
                    precondition(escaped.isASCII && !escaped.properties.isAlphabetic && !("0"..."9").contains(escaped), "unsupported escape \\\(escaped)")
                    atom = [[.byte(UInt8(escaped.value))]]
                }
            case "?", "+", "*", "[", "{", ".", "^", "$":
                preconditionFailure("unsupported syntax \(scalar)")
            default:
                atom = [[step(for: scalar)]]
            }
            if scalars.first == "?" {
                scalars.removeFirst()
                atom.append([])
            }
            sequences = sequences.flatMap { prefix in atom.map { prefix + $0 } }
        }
        return sequences
    }

    private static func step(for scalar: Unicode.Scalar) -> Step {
        if scalar.isASCII { return .byte(ASCIIByte.lowercased(UInt8(scalar.value))) }
        // The characters that fold to the same single character (Ä for ä).
        let forms = [String(scalar), String(scalar).lowercased(), String(scalar).uppercased()]
        var values: [UInt32] = []
        for form in forms where form.unicodeScalars.count == 1 {
            let value = form.unicodeScalars.first!.value
            if !values.contains(value) { values.append(value) }
        }
        return .scalar(values)
    }
}
