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
        let tokens = PhraseList.tokens(in: text)
        var found: [Match] = []
        var index = 0
        while index < tokens.count {
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
        var folded: String
        var range: Range<String.Index>
    }

    static func tokens(in text: String) -> [Token] {
        var tokens: [Token] = []
        var wordStart: String.Index?
        var index = text.startIndex
        func closeWord(at end: String.Index) {
            if let start = wordStart {
                tokens.append(Token(folded: text[start..<end].lowercased(), range: start..<end))
                wordStart = nil
            }
        }
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if character.isWhitespace {
                closeWord(at: index)
            } else if isUnspacedScript(character) || !(character.isLetter || character.isNumber) {
                closeWord(at: index)
                tokens.append(Token(folded: fold(character), range: index..<next))
            } else if wordStart == nil {
                wordStart = index
            }
            index = next
        }
        closeWord(at: text.endIndex)
        return tokens
    }

    /// Typographic apostrophes and quotes compare equal to the ASCII ones.
    private static func fold(_ character: Character) -> String {
        switch character {
        case "\u{2019}", "\u{2018}", "\u{02BC}": "'"
        case "\u{201C}", "\u{201D}": "\""
        default: character.lowercased()
        }
    }

    private static func isUnspacedScript(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first?.value else { return false }
        switch scalar {
        case 0x0E00...0x0E7F, // Thai
             0x3040...0x30FF, // Hiragana, Katakana
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FFFF: // Han
            return true
        default:
            return false
        }
    }

    public static func == (lhs: PhraseList, rhs: PhraseList) -> Bool { lhs.phrases.map(\.text) == rhs.phrases.map(\.text) }
    public func hash(into hasher: inout Hasher) { hasher.combine(phrases.map(\.text)) }
}
