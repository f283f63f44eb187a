/// A list of phrases matched as whole words, case-insensitively, in any script.
///
/// Text and phrases are cut into tokens: a run of letters and digits is one token, any other
/// visible character is a token of its own, whitespace separates tokens. A phrase matches where
/// its tokens equal consecutive tokens of the text, so "free" never matches inside "freedom",
/// "100% free" matches "100% FREE" and "100 % free", and "¡gratis!" matches with its punctuation.
/// Han, kana and Thai characters are one token each, since those scripts do not space words.
///
/// Matching is linear: phrases are indexed by their first token and only those candidates are
/// compared at each token of the text. At one place the longest phrase wins and matches do not overlap.
public struct PhraseList: Sendable, Hashable {
    /// Each phrase as written and as folded tokens.
    private var phrases: [(text: String, tokens: [String])] = []
    private var byFirstToken: [String: [Int]] = [:]
    /// Which ASCII text tokens can equal some phrase token at all (see `ASCIITokenFilter`); the others
    /// are never turned into strings or looked up.
    private var asciiTokens = ASCIITokenFilter()

    public init<S: Sequence>(_ phrases: S) where S.Element == String {
        for phrase in phrases { insert(phrase) }
    }

    public var count: Int { phrases.count }
    public var isEmpty: Bool { phrases.isEmpty }

    /// False when the phrase has no token (empty or only whitespace).
    @discardableResult
    public mutating func insert(_ phrase: String) -> Bool {
        let tokens = PhraseList.tokens(in: phrase).map(\.folded)
        guard let first = tokens.first else { return false }
        for token in tokens { asciiTokens.insert(token) }
        byFirstToken[first, default: []].append(phrases.count)
        phrases.append((phrase, tokens))
        return true
    }

    /// One match: the matched text as it stands in the searched text, and the phrase it matched.
    public struct Match: Sendable, Hashable {
        public var range: Range<String.Index>
        public var phrase: String
    }

    /// Non-overlapping matches in text order.
    public func matches(in text: String) -> [Match] {
        guard !phrases.isEmpty else { return [] }
        let tokens = PhraseList.tokens(in: text, keeping: asciiTokens)
        var found: [Match] = []
        var index = 0
        while index < tokens.count {
            // No phrase token is empty: a token left unfolded starts no phrase.
            if tokens[index].folded.isEmpty {
                index += 1
                continue
            }
            var best: (phrase: Int, length: Int)?
            for candidate in byFirstToken[tokens[index].folded] ?? [] {
                let wanted = phrases[candidate].tokens
                guard wanted.count <= tokens.count - index, wanted.count > (best?.length ?? 0) else { continue }
                var equal = true
                for offset in 1..<wanted.count where tokens[index + offset].folded != wanted[offset] {
                    equal = false
                    break
                }
                if equal { best = (candidate, wanted.count) }
            }
            if let best {
                let range = tokens[index].range.lowerBound..<tokens[index + best.length - 1].range.upperBound
                found.append(Match(range: range, phrase: phrases[best.phrase].text))
                index += best.length
            } else {
                index += 1
            }
        }
        return found
    }

    struct Token {
        /// Empty when the filter showed that the token equals no phrase token.
        var folded: String
        var range: Range<String.Index>
    }

    /// Works on the UTF-8 bytes, decoding only non-ASCII scalars: this runs over every body of every file.
    /// Combining marks continue a word, so accented letters written decomposed stay one word.
    static func tokens(in text: String, keeping filter: ASCIITokenFilter = ASCIITokenFilter(keepsAll: true)) -> [Token] {
        var tokens: [Token] = []
        let utf8 = text.utf8
        // Offsets are those of scalar boundaries, so the indices are valid in every view of the text.
        func position(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        var wordStart: Int?
        var wordIsASCII = true
        var asciiWord: [UInt8] = []
        func closeWord(at end: Int) {
            guard let start = wordStart else { return }
            let range = position(start)..<position(end)
            let folded = !wordIsASCII ? String(text.unicodeScalars[range]).lowercased()
                : filter.keeps(first: asciiWord[0], length: asciiWord.count) ? String(decoding: asciiWord, as: UTF8.self) : ""
            tokens.append(Token(folded: folded, range: range))
            wordStart = nil
            wordIsASCII = true
            asciiWord.removeAll(keepingCapacity: true)
        }
        // A copy rather than `withUTF8`: a closure here would make every access to the state above a checked one.
        let bytes = Array(utf8)
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                switch lead {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    if wordStart == nil { wordStart = index }
                    asciiWord.append(lead)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    if wordStart == nil { wordStart = index }
                    asciiWord.append(lead + 32)
                case 0x09...0x0D, 0x20:
                    closeWord(at: index)
                default:
                    closeWord(at: index)
                    let folded = filter.keeps(first: lead, length: 1) ? String(Character(Unicode.Scalar(lead))) : ""
                    tokens.append(Token(folded: folded, range: position(index)..<position(index + 1)))
                }
                index += 1
                continue
            }
            // A String's bytes are valid UTF-8.
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
            let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
            let next = index + length
            if scalar.properties.isWhitespace {
                closeWord(at: index)
            } else if isUnspacedScript(value) {
                closeWord(at: index)
                tokens.append(Token(folded: String(Character(scalar)), range: position(index)..<position(next)))
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if wordStart == nil { wordStart = index }
                wordIsASCII = false
            } else if wordStart != nil, isMark(scalar) {
                wordIsASCII = false
            } else {
                closeWord(at: index)
                tokens.append(Token(folded: fold(scalar), range: position(index)..<position(next)))
            }
            index = next
        }
        closeWord(at: bytes.count)
        return tokens
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }

    /// Typographic apostrophes and quotes compare equal to the ASCII ones.
    private static func fold(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\u{2019}", "\u{2018}", "\u{02BC}": "'"
        case "\u{201C}", "\u{201D}": "\""
        default: String(scalar).lowercased()
        }
    }

    private static func isUnspacedScript(_ value: UInt32) -> Bool {
        switch value {
        case 0x0E00...0x0E7F, // Thai
             0x3040...0x30FF, // Hiragana, Katakana
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FFFF: // Han
            true
        default:
            false
        }
    }

    public static func == (lhs: PhraseList, rhs: PhraseList) -> Bool { lhs.phrases.map(\.text) == rhs.phrases.map(\.text) }
    public func hash(into hasher: inout Hasher) { hasher.combine(phrases.map(\.text)) }
}
