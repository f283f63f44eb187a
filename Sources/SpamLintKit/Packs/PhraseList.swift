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
    /// Each phrase as the ids of its tokens in `vocabulary`.
    private var phraseTokenIDs: [[Int32]] = []
    /// Every distinct folded phrase token (equal as Strings, so canonically equivalent forms share one id).
    private var vocabulary: [String: Int32] = [:]
    /// The phrases whose first token has this id.
    private var phrasesByFirstToken: [[Int]] = []
    /// ASCII phrase tokens, so that an ASCII text token is looked up without making a String.
    private var asciiTokenIDs = ASCIITokenTable()
    /// Which ASCII text tokens can equal some phrase token at all (see `ASCIITokenFilter`); the others
    /// are never looked up.
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
        guard !tokens.isEmpty else { return false }
        var ids: [Int32] = []
        for token in tokens {
            asciiTokens.insert(token)
            if let id = vocabulary[token] {
                ids.append(id)
                continue
            }
            let id = Int32(vocabulary.count)
            vocabulary[token] = id
            phrasesByFirstToken.append([])
            asciiTokenIDs.insert(token, id: id)
            ids.append(id)
        }
        phrasesByFirstToken[Int(ids[0])].append(phrases.count)
        phrases.append((phrase, tokens))
        phraseTokenIDs.append(ids)
        return true
    }

    /// One match: the matched text as it stands in the searched text, and the phrase it matched.
    public struct Match: Sendable, Hashable {
        public var range: Range<String.Index>
        public var phrase: String
    }

    /// Non-overlapping matches in text order.
    public func matches(in text: String) -> [Match] {
        guard !phrases.isEmpty, !text.isEmpty else { return [] }
        var sink = IDSink(list: self)
        // Most tokens are dropped (see `IDSink.tokens`); growing the array step by step from nothing costs more.
        sink.tokens.reserveCapacity(text.utf8.count / 16)
        PhraseList.scan(text, into: &sink)
        let tokens = sink.tokens
        var found: [Match] = []
        var index = 0
        while index < tokens.count {
            let first = tokens[index].id
            if first < 0 {
                index += 1
                continue
            }
            var best: (phrase: Int, length: Int)?
            for candidate in phrasesByFirstToken[Int(first)] {
                let wanted = phraseTokenIDs[candidate]
                guard wanted.count <= tokens.count - index, wanted.count > (best?.length ?? 0) else { continue }
                var equal = true
                for offset in 1..<wanted.count where tokens[index + offset].id != wanted[offset] {
                    equal = false
                    break
                }
                if equal { best = (candidate, wanted.count) }
            }
            if let best {
                let utf8 = text.utf8
                let lower = utf8.index(utf8.startIndex, offsetBy: tokens[index].start)
                let upper = utf8.index(utf8.startIndex, offsetBy: tokens[index + best.length - 1].end)
                found.append(Match(range: lower..<upper, phrase: phrases[best.phrase].text))
                index += best.length
            } else {
                index += 1
            }
        }
        return found
    }

    /// Receives the tokens of a text from `scan`, each as its UTF-8 offsets.
    protocol TokenSink {
        /// A run of ASCII letters and digits, `bytes[start..<end]`, not yet lowercased.
        mutating func asciiWord(_ bytes: [UInt8], start: Int, end: Int)
        /// An ASCII character other than a letter, digit or whitespace.
        mutating func asciiSymbol(_ byte: UInt8, at offset: Int)
        /// A word holding non-ASCII letters, digits or marks: `text`'s scalars between the offsets.
        mutating func word(in text: String, start: Int, end: Int)
        /// A one-scalar token (unspaced script, or a non-ASCII symbol), already folded.
        mutating func symbol(_ folded: String, start: Int, end: Int)
    }

    struct Token {
        /// Empty when the filter showed that the token equals no phrase token.
        var folded: String
        var range: Range<String.Index>
    }

    /// Collects tokens as folded Strings with their ranges: the reference form of the tokenizer.
    struct FoldedSink: TokenSink {
        let text: String
        let filter: ASCIITokenFilter
        var tokens: [Token] = []

        private func position(_ offset: Int) -> String.Index { text.utf8.index(text.utf8.startIndex, offsetBy: offset) }

        mutating func asciiWord(_ bytes: [UInt8], start: Int, end: Int) {
            let folded = filter.keeps(first: PhraseList.lowered(bytes[start]), length: end - start)
                ? String(decoding: bytes[start..<end].map(PhraseList.lowered), as: UTF8.self) : ""
            tokens.append(Token(folded: folded, range: position(start)..<position(end)))
        }

        mutating func asciiSymbol(_ byte: UInt8, at offset: Int) {
            let folded = filter.keeps(first: byte, length: 1) ? String(Character(Unicode.Scalar(byte))) : ""
            tokens.append(Token(folded: folded, range: position(offset)..<position(offset + 1)))
        }

        mutating func word(in text: String, start: Int, end: Int) {
            let range = position(start)..<position(end)
            tokens.append(Token(folded: String(text.unicodeScalars[range]).lowercased(), range: range))
        }

        mutating func symbol(_ folded: String, start: Int, end: Int) {
            tokens.append(Token(folded: folded, range: position(start)..<position(end)))
        }
    }

    /// Collects tokens as the id of the phrase token they equal (-1 for none) and their UTF-8
    /// offsets: no String is made for an ASCII token unless it is longer than 16 bytes and passes the filter.
    struct IDSink: TokenSink {
        struct Token {
            var id: Int32
            var start: Int
            var end: Int
        }

        let list: PhraseList
        /// A phrase token canonically equal to an ASCII string makes ASCII tokens go through String equality.
        let asciiByString: Bool
        /// The tokens in text order, except that a run of tokens equal to no phrase token is kept as its
        /// first one only: such a token never starts or continues a match, it only separates, and most
        /// tokens of a text are like that.
        var tokens: [Token] = []
        private var lastIsUnknown = false

        init(list: PhraseList) {
            self.list = list
            asciiByString = list.asciiTokens.keepsAll
        }

        @inline(__always)
        mutating func asciiWord(_ bytes: [UInt8], start: Int, end: Int) {
            let length = end - start
            var id: Int32 = -1
            if list.asciiTokens.keeps(first: PhraseList.lowered(bytes[start]), length: length) {
                if length <= ASCIITokenTable.maxLength, !asciiByString {
                    var low: UInt64 = 0
                    var high: UInt64 = 0
                    for offset in 0..<min(length, 8) { low |= UInt64(PhraseList.lowered(bytes[start + offset])) << UInt64(offset * 8) }
                    for offset in min(length, 8)..<length { high |= UInt64(PhraseList.lowered(bytes[start + offset])) << UInt64((offset - 8) * 8) }
                    id = list.asciiTokenIDs.id(low: low, high: high)
                } else {
                    id = list.vocabulary[String(decoding: bytes[start..<end].map(PhraseList.lowered), as: UTF8.self)] ?? -1
                }
            }
            keep(Token(id: id, start: start, end: end))
        }

        @inline(__always)
        private mutating func keep(_ token: Token) {
            if token.id < 0 {
                if lastIsUnknown { return }
                lastIsUnknown = true
            } else {
                lastIsUnknown = false
            }
            tokens.append(token)
        }

        @inline(__always)
        mutating func asciiSymbol(_ byte: UInt8, at offset: Int) {
            var id: Int32 = -1
            if list.asciiTokens.keeps(first: byte, length: 1) {
                // NUL cannot be packed (see `ASCIITokenTable`).
                id = asciiByString || byte == 0 ? list.vocabulary[String(Character(Unicode.Scalar(byte)))] ?? -1 : list.asciiTokenIDs.id(low: UInt64(byte), high: 0)
            }
            keep(Token(id: id, start: offset, end: offset + 1))
        }

        mutating func word(in text: String, start: Int, end: Int) {
            let utf8 = text.utf8
            let range = utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)
            keep(Token(id: list.vocabulary[String(text.unicodeScalars[range]).lowercased()] ?? -1, start: start, end: end))
        }

        mutating func symbol(_ folded: String, start: Int, end: Int) {
            keep(Token(id: list.vocabulary[folded] ?? -1, start: start, end: end))
        }
    }

    @inline(__always)
    static func lowered(_ byte: UInt8) -> UInt8 { byte &- 0x41 < 26 ? byte | 0x20 : byte }

    @inline(__always)
    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 }

    static func tokens(in text: String, keeping filter: ASCIITokenFilter = ASCIITokenFilter(keepsAll: true)) -> [Token] {
        var sink = FoldedSink(text: text, filter: filter)
        scan(text, into: &sink)
        return sink.tokens
    }

    /// Works on the UTF-8 bytes, decoding only non-ASCII scalars: this runs over every body of every file.
    /// Combining marks continue a word, so accented letters written decomposed stay one word.
    static func scan<Sink: TokenSink>(_ text: String, into sink: inout Sink) {
        var wordStart = -1
        var wordIsASCII = true
        // A copy rather than `withUTF8`: a closure here would make every access to the state above a checked one.
        let bytes = Array(text.utf8)
        @inline(__always) func closeWord(at end: Int) {
            guard wordStart >= 0 else { return }
            if wordIsASCII {
                sink.asciiWord(bytes, start: wordStart, end: end)
            } else {
                sink.word(in: text, start: wordStart, end: end)
            }
            wordStart = -1
            wordIsASCII = true
        }
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                switch lead {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    if wordStart < 0 { wordStart = index }
                    // The rest of the ASCII letters and digits in one tight loop: most bytes are inside words.
                    index += 1
                    while index < bytes.count, isASCIIAlphanumeric(bytes[index]) { index += 1 }
                    continue
                case 0x09...0x0D, 0x20:
                    closeWord(at: index)
                default:
                    closeWord(at: index)
                    sink.asciiSymbol(lead, at: index)
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
                sink.symbol(String(Character(scalar)), start: index, end: next)
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if wordStart < 0 { wordStart = index }
                wordIsASCII = false
            } else if wordStart >= 0, isMark(scalar) {
                wordIsASCII = false
            } else {
                closeWord(at: index)
                sink.symbol(fold(scalar), start: index, end: next)
            }
            index = next
        }
        closeWord(at: bytes.count)
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
