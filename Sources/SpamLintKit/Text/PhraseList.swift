/// A list of phrases matched as whole words, case-insensitively, in any script.
///
/// Text and phrases are cut into tokens: a run of letters and digits is one token, any other
/// visible character is a token of its own, whitespace separates tokens. A phrase matches where
/// its tokens equal consecutive tokens of the text, so "free" never matches inside "freedom",
/// "100% free" matches "100% FREE" and "100 % free", and "¡gratis!" matches with its punctuation.
/// Han, kana and Thai characters are one token each, since those scripts do not space words.
/// The tokens are `TextScanner`'s words and symbols, folded per scalar. `<number>` in a phrase
/// stands for any token of only decimal digits ("save <number>" matches "save 20").
///
/// Matching is linear: phrases are indexed by their first token and only those candidates are
/// compared at each token of the text. At one place the longest phrase wins and matches do not overlap.
@_spi(CLI) public struct PhraseList: Sendable, Hashable {
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
    /// The id `<number>` has in `phraseTokenIDs`, -1 when no phrase uses it.
    private var numberID: Int32 = -1
    private static let numberPlaceholder = "<number>"

    @_spi(CLI) public init<S: Sequence>(_ phrases: S) where S.Element == String {
        for phrase in phrases { insert(phrase) }
    }

    /// The phrases of a list file (`Rules/lists/`): one a line; a line starting with `#` is a comment,
    /// and so is the rest of a line from ` # ` (a phrase may hold `#`, as "order #" does).
    init(listText: String) {
        for line in listText.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            insert(String(line.ranges(of: " # ").first.map { line[..<$0.lowerBound] } ?? line))
        }
    }

    @_spi(CLI) public var count: Int { phrases.count }
    @_spi(CLI) public var isEmpty: Bool { phrases.isEmpty }

    /// False when the phrase has no token (empty or only whitespace).
    @discardableResult
    @_spi(CLI) public mutating func insert(_ phrase: String) -> Bool {
        var tokens: [String] = []
        var ids: [Int32] = []
        for (offset, piece) in phrase.split(separator: Self.numberPlaceholder, omittingEmptySubsequences: false).enumerated() {
            if offset > 0 {
                if numberID < 0 { numberID = newID() }
                tokens.append(Self.numberPlaceholder)
                ids.append(numberID)
            }
            for token in PhraseList.tokens(in: String(piece)).map(\.folded) {
                tokens.append(token)
                asciiTokens.insert(token)
                if let id = vocabulary[token] {
                    ids.append(id)
                    continue
                }
                let id = newID()
                vocabulary[token] = id
                asciiTokenIDs.insert(token, id: id)
                ids.append(id)
            }
        }
        guard !ids.isEmpty else { return false }
        phrasesByFirstToken[Int(ids[0])].append(phrases.count)
        phrases.append((phrase, tokens))
        phraseTokenIDs.append(ids)
        return true
    }

    private mutating func newID() -> Int32 {
        phrasesByFirstToken.append([])
        return Int32(phrasesByFirstToken.count - 1)
    }

    /// One match: the matched text as it stands in the searched text, and the phrase it matched.
    @_spi(CLI) public struct Match: Sendable, Hashable {
        @_spi(CLI) public var range: Range<String.Index>
        @_spi(CLI) public var phrase: String
    }

    /// Non-overlapping matches in text order.
    @_spi(CLI) public func matches(in text: String) -> [Match] {
        guard !phrases.isEmpty, !text.isEmpty else { return [] }
        var sink = IDSink(list: self)
        // Most tokens are dropped (see `IDSink.tokens`); growing the array step by step from nothing costs more.
        sink.tokens.reserveCapacity(text.utf8.count / 16)
        TextScanner.scan(text, into: &sink)
        let tokens = sink.tokens
        var found: [Match] = []
        var index = 0
        while index < tokens.count {
            let first = tokens[index]
            if first.id < 0, !first.isNumber {
                index += 1
                continue
            }
            var best: (phrase: Int, length: Int)?
            func consider(_ candidates: [Int]) {
                for candidate in candidates {
                    let wanted = phraseTokenIDs[candidate]
                    guard wanted.count <= tokens.count - index, wanted.count > (best?.length ?? 0) else { continue }
                    var equal = true
                    for offset in 1..<wanted.count {
                        let token = tokens[index + offset]
                        if token.id != wanted[offset], !(token.isNumber && wanted[offset] == numberID) {
                            equal = false
                            break
                        }
                    }
                    if equal { best = (candidate, wanted.count) }
                }
            }
            if first.id >= 0 { consider(phrasesByFirstToken[Int(first.id)]) }
            if first.isNumber { consider(phrasesByFirstToken[Int(numberID)]) }
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

    /// The phrase tokens of a phrase or a text as folded Strings with their ranges (`TextScanner`'s
    /// words and symbols, folded), empty when the filter shows the token equals no phrase token.
    struct FoldedSink: TextSink {
        let text: String
        let filter: ASCIITokenFilter
        var tokens: [Token] = []

        private func position(_ offset: Int) -> String.Index { text.utf8.index(text.utf8.startIndex, offsetBy: offset) }

        mutating func spacer(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {}

        mutating func asciiWord(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {
            let folded = filter.keeps(first: TextScanner.fold(bytes[start]), length: end - start)
                ? TextScanner.foldedASCII(bytes, start, end) : ""
            tokens.append(Token(folded: folded, range: position(start)..<position(end)))
        }

        mutating func word(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {
            let range = position(start)..<position(end)
            tokens.append(Token(folded: TextScanner.fold(text[range]), range: range))
        }

        mutating func symbol(_ scalar: Unicode.Scalar, start: Int, end: Int) {
            let scalar = TextScanner.asciiQuote(for: scalar) ?? scalar
            let keeps = !scalar.isASCII || filter.keeps(first: UInt8(scalar.value), length: 1)
            let folded = keeps ? TextScanner.fold(String(scalar)) : ""
            tokens.append(Token(folded: folded, range: position(start)..<position(end)))
        }
    }

    struct Token {
        /// Empty when the filter showed that the token equals no phrase token.
        var folded: String
        var range: Range<String.Index>
    }

    /// Collects tokens as the id of the phrase token they equal (-1 for none) and their UTF-8
    /// offsets: no String is made for an ASCII token unless it is longer than 16 bytes and passes the filter.
    struct IDSink: TextSink {
        struct Token {
            var id: Int32
            var start: Int
            var end: Int
            /// Only digits: what `<number>` in a phrase takes.
            var isNumber = false
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

        mutating func spacer(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {}

        @inline(__always)
        mutating func asciiWord(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {
            let length = end - start
            var id: Int32 = -1
            if list.asciiTokens.keeps(first: TextScanner.fold(bytes[start]), length: length) {
                if length <= ASCIITokenTable.maxLength, !asciiByString {
                    var low: UInt64 = 0
                    var high: UInt64 = 0
                    for offset in 0..<min(length, 8) { low |= UInt64(TextScanner.fold(bytes[start + offset])) << UInt64(offset * 8) }
                    for offset in min(length, 8)..<length { high |= UInt64(TextScanner.fold(bytes[start + offset])) << UInt64((offset - 8) * 8) }
                    id = list.asciiTokenIDs.id(low: low, high: high)
                } else {
                    id = list.vocabulary[TextScanner.foldedASCII(bytes, start, end)] ?? -1
                }
            }
            let isNumber = list.numberID >= 0 && bytes[start..<end].allSatisfy { $0 &- 0x30 < 10 }
            keep(Token(id: id, start: start, end: end, isNumber: isNumber))
        }

        @inline(__always)
        private mutating func keep(_ token: Token) {
            if token.id < 0, !token.isNumber {
                if lastIsUnknown { return }
                lastIsUnknown = true
            } else {
                lastIsUnknown = false
            }
            tokens.append(token)
        }

        mutating func word(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {
            let text = TextScanner.string(bytes, start, end)
            let isNumber = list.numberID >= 0 && text.unicodeScalars.allSatisfy { $0.properties.generalCategory == .decimalNumber }
            keep(Token(id: list.vocabulary[TextScanner.fold(text)] ?? -1, start: start, end: end, isNumber: isNumber))
        }

        mutating func symbol(_ scalar: Unicode.Scalar, start: Int, end: Int) {
            let scalar = TextScanner.asciiQuote(for: scalar) ?? scalar
            var id: Int32 = -1
            if !scalar.isASCII {
                id = list.vocabulary[TextScanner.fold(String(scalar))] ?? -1
            } else if list.asciiTokens.keeps(first: UInt8(scalar.value), length: 1) {
                // NUL cannot be packed (see `ASCIITokenTable`).
                id = asciiByString || scalar.value == 0 ? list.vocabulary[String(scalar)] ?? -1
                    : list.asciiTokenIDs.id(low: UInt64(scalar.value), high: 0)
            }
            keep(Token(id: id, start: start, end: end))
        }
    }

    static func tokens(in text: String, keeping filter: ASCIITokenFilter = ASCIITokenFilter(keepsAll: true)) -> [Token] {
        var sink = FoldedSink(text: text, filter: filter)
        TextScanner.scan(text, into: &sink)
        return sink.tokens
    }

    @_spi(CLI) public static func == (lhs: PhraseList, rhs: PhraseList) -> Bool { lhs.phrases.map(\.text) == rhs.phrases.map(\.text) }
    @_spi(CLI) public func hash(into hasher: inout Hasher) { hasher.combine(phrases.map(\.text)) }
}
