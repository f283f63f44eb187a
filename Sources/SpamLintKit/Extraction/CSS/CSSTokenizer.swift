/// The tokenizer of CSS Syntax Level 3 (§4.3) over UTF-8 bytes: one pass, each byte looked at a
/// bounded number of times, so time is linear in the input. Comments are dropped (§4.3.2). What
/// the spec calls parse errors become the tokens it says (bad-string, bad-url, delim), never a stop.
struct CSSTokenizer {
    private let bytes: [UInt8]
    private var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    static func tokens(_ text: String) -> [CSSToken] {
        var tokenizer = CSSTokenizer(Array(text.utf8))
        var tokens: [CSSToken] = []
        while let token = tokenizer.next() { tokens.append(token) }
        return tokens
    }

    private func byte(_ offset: Int = 0) -> UInt8? {
        let at = index + offset
        return at < bytes.count ? bytes[at] : nil
    }

    private static func isNameStart(_ byte: UInt8) -> Bool {
        (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == UInt8(ascii: "_") || byte >= 0x80
    }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    private static func isName(_ byte: UInt8) -> Bool { isNameStart(byte) || isDigit(byte) || byte == UInt8(ascii: "-") }
    private static func isHex(_ byte: UInt8) -> Bool { isDigit(byte) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x66) }
    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D }

    /// §4.3.8: a backslash not followed by a newline starts an escape.
    private func startsEscape(_ offset: Int = 0) -> Bool {
        guard byte(offset) == UInt8(ascii: "\\"), let next = byte(offset + 1) else { return false }
        return next != 0x0A && next != 0x0C && next != 0x0D
    }

    /// §4.3.9: would the next bytes start an identifier?
    private func startsIdentifier(_ offset: Int = 0) -> Bool {
        guard let first = byte(offset) else { return false }
        if first == UInt8(ascii: "-") {
            guard let second = byte(offset + 1) else { return false }
            return CSSTokenizer.isNameStart(second) || second == UInt8(ascii: "-") || startsEscape(offset + 1)
        }
        return CSSTokenizer.isNameStart(first) || startsEscape(offset)
    }

    /// §4.3.10: would the next bytes start a number?
    private func startsNumber() -> Bool {
        guard let first = byte() else { return false }
        if first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            if let second = byte(1), CSSTokenizer.isDigit(second) { return true }
            return byte(1) == UInt8(ascii: ".") && byte(2).map(CSSTokenizer.isDigit) == true
        }
        if first == UInt8(ascii: ".") { return byte(1).map(CSSTokenizer.isDigit) == true }
        return CSSTokenizer.isDigit(first)
    }

    /// §4.3.7: consume an escape (the backslash already consumed); the code point, ASCII lower-cased.
    private mutating func consumeEscape() -> Unicode.Scalar {
        guard let first = byte() else { return "\u{FFFD}" }
        if CSSTokenizer.isHex(first) {
            var value: UInt32 = 0
            var digits = 0
            while digits < 6, let digit = byte(), CSSTokenizer.isHex(digit) {
                value = value * 16 + UInt32(digit <= 0x39 ? digit - 0x30 : (digit | 0x20) - 0x61 + 10)
                index += 1
                digits += 1
            }
            if let space = byte(), CSSTokenizer.isSpace(space) { index += 1 }
            guard value != 0, let scalar = Unicode.Scalar(value), value <= 0x10FFFF else { return "\u{FFFD}" }
            return scalar
        }
        return consumeScalar()
    }

    /// One UTF-8 scalar at `index` (invalid bytes read as U+FFFD, one byte each).
    private mutating func consumeScalar() -> Unicode.Scalar {
        let lead = bytes[index]
        let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard index + length <= bytes.count else { index += 1; return "\u{FFFD}" }
        var decoder = UTF8()
        var iterator = bytes[index..<(index + length)].makeIterator()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) {
            index += length
            return scalar
        }
        index += 1
        return "\u{FFFD}"
    }

    private static func lowered(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        (0x41...0x5A).contains(scalar.value) ? Unicode.Scalar(UInt8(scalar.value) | 0x20) : scalar
    }

    /// §4.3.11: consume a name; ASCII letters lower-cased.
    private mutating func consumeName() -> String {
        var name = String.UnicodeScalarView()
        while let next = byte() {
            if CSSTokenizer.isName(next) {
                if next < 0x80 {
                    name.append(CSSTokenizer.lowered(Unicode.Scalar(next)))
                    index += 1
                } else {
                    name.append(consumeScalar())
                }
            } else if startsEscape() {
                index += 1
                name.append(CSSTokenizer.lowered(consumeEscape()))
            } else {
                break
            }
        }
        return String(name)
    }

    /// §4.3.12, simplified to what selectors and hiding declarations need: the extent of the number.
    private mutating func consumeNumber() {
        if byte() == UInt8(ascii: "+") || byte() == UInt8(ascii: "-") { index += 1 }
        while let digit = byte(), CSSTokenizer.isDigit(digit) { index += 1 }
        if byte() == UInt8(ascii: "."), let next = byte(1), CSSTokenizer.isDigit(next) {
            index += 1
            while let digit = byte(), CSSTokenizer.isDigit(digit) { index += 1 }
        }
        if byte().map({ $0 | 0x20 }) == UInt8(ascii: "e") {
            let sign = byte(1) == UInt8(ascii: "+") || byte(1) == UInt8(ascii: "-") ? 1 : 0
            if let digit = byte(1 + sign), CSSTokenizer.isDigit(digit) {
                index += 1 + sign
                while let digit = byte(), CSSTokenizer.isDigit(digit) { index += 1 }
            }
        }
    }

    /// §4.3.5: consume a string token after its opening quote.
    private mutating func consumeString(ending quote: UInt8, from start: Int) -> CSSToken {
        while let next = byte() {
            if next == quote {
                index += 1
                return CSSToken(kind: .string, range: start..<index)
            }
            if next == 0x0A || next == 0x0C || next == 0x0D {
                // A newline ends the string badly and is not consumed.
                return CSSToken(kind: .badString, range: start..<index)
            }
            if next == UInt8(ascii: "\\") {
                index += byte(1) == nil ? 1 : 2
                continue
            }
            index += 1
        }
        return CSSToken(kind: .string, range: start..<index)
    }

    /// §4.3.6: consume a url token after `url(` (unquoted form), or a bad-url's remnants.
    private mutating func consumeURL(from start: Int) -> CSSToken {
        while let space = byte(), CSSTokenizer.isSpace(space) { index += 1 }
        while let next = byte() {
            index += 1
            switch next {
            case UInt8(ascii: ")"):
                return CSSToken(kind: .url, range: start..<index)
            case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "("):
                return consumeBadURL(from: start)
            case UInt8(ascii: "\\"):
                if byte() != nil { index += 1 }
            default:
                if CSSTokenizer.isSpace(next) {
                    while let space = byte(), CSSTokenizer.isSpace(space) { index += 1 }
                    if byte() == UInt8(ascii: ")") || byte() == nil {
                        if byte() != nil { index += 1 }
                        return CSSToken(kind: .url, range: start..<index)
                    }
                    return consumeBadURL(from: start)
                }
            }
        }
        return CSSToken(kind: .url, range: start..<index)
    }

    /// §4.3.14: skip to the closing parenthesis of a bad url.
    private mutating func consumeBadURL(from start: Int) -> CSSToken {
        while let next = byte() {
            index += 1
            if next == UInt8(ascii: ")") { break }
            if next == UInt8(ascii: "\\"), byte() != nil { index += 1 }
        }
        return CSSToken(kind: .badURL, range: start..<index)
    }

    /// §4.3.4: an ident-like token (ident, function, or url).
    private mutating func consumeIdentLike(from start: Int) -> CSSToken {
        let name = consumeName()
        if byte() == UInt8(ascii: "(") {
            index += 1
            if name == "url" {
                var lookahead = index
                while lookahead < bytes.count, CSSTokenizer.isSpace(bytes[lookahead]) { lookahead += 1 }
                if lookahead >= bytes.count || (bytes[lookahead] != UInt8(ascii: "\"") && bytes[lookahead] != UInt8(ascii: "'")) {
                    return consumeURL(from: start)
                }
            }
            return CSSToken(kind: .function, range: start..<index, name: name)
        }
        return CSSToken(kind: .ident, range: start..<index, name: name)
    }

    /// §4.3.3: the numeric token at `index`.
    private mutating func consumeNumeric(from start: Int) -> CSSToken {
        consumeNumber()
        if startsIdentifier() {
            let unit = consumeName()
            return CSSToken(kind: .dimension, range: start..<index, name: unit)
        }
        if byte() == UInt8(ascii: "%") {
            index += 1
            return CSSToken(kind: .percentage, range: start..<index)
        }
        return CSSToken(kind: .number, range: start..<index)
    }

    /// §4.3.1: the next token, or nil at the end.
    mutating func next() -> CSSToken? {
        // Comments (§4.3.2) produce nothing; an unclosed one runs to the end.
        while byte() == UInt8(ascii: "/"), byte(1) == UInt8(ascii: "*") {
            index += 2
            while index < bytes.count, !(bytes[index] == UInt8(ascii: "*") && byte(1) == UInt8(ascii: "/")) { index += 1 }
            index = min(bytes.count, index + 2)
        }
        guard let first = byte() else { return nil }
        let start = index
        if CSSTokenizer.isSpace(first) {
            while let space = byte(), CSSTokenizer.isSpace(space) { index += 1 }
            return CSSToken(kind: .whitespace, range: start..<index)
        }
        let simple: CSSToken.Kind? = switch first {
        case UInt8(ascii: "("): .leftParen
        case UInt8(ascii: ")"): .rightParen
        case UInt8(ascii: "["): .leftBracket
        case UInt8(ascii: "]"): .rightBracket
        case UInt8(ascii: "{"): .leftBrace
        case UInt8(ascii: "}"): .rightBrace
        case UInt8(ascii: ","): .comma
        case UInt8(ascii: ":"): .colon
        case UInt8(ascii: ";"): .semicolon
        default: nil
        }
        if let simple {
            index += 1
            return CSSToken(kind: simple, range: start..<index)
        }
        switch first {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            index += 1
            return consumeString(ending: first, from: start)
        case UInt8(ascii: "#"):
            if let next = byte(1), CSSTokenizer.isName(next) || startsEscape(1) {
                index += 1
                let isID = startsIdentifier()
                let name = consumeName()
                return CSSToken(kind: .hash, range: start..<index, name: name, isIDHash: isID)
            }
        case UInt8(ascii: "+"), UInt8(ascii: "."):
            if startsNumber() { return consumeNumeric(from: start) }
        case UInt8(ascii: "-"):
            if startsNumber() { return consumeNumeric(from: start) }
            if byte(1) == UInt8(ascii: "-"), byte(2) == UInt8(ascii: ">") {
                index += 3
                return CSSToken(kind: .cdc, range: start..<index)
            }
            if startsIdentifier() { return consumeIdentLike(from: start) }
        case UInt8(ascii: "<"):
            if byte(1) == UInt8(ascii: "!"), byte(2) == UInt8(ascii: "-"), byte(3) == UInt8(ascii: "-") {
                index += 4
                return CSSToken(kind: .cdo, range: start..<index)
            }
        case UInt8(ascii: "@"):
            if startsIdentifier(1) {
                index += 1
                let name = consumeName()
                return CSSToken(kind: .atKeyword, range: start..<index, name: name)
            }
        case UInt8(ascii: "\\"):
            if startsEscape() { return consumeIdentLike(from: start) }
        default:
            if CSSTokenizer.isDigit(first) { return consumeNumeric(from: start) }
            if CSSTokenizer.isNameStart(first) { return consumeIdentLike(from: start) }
        }
        let scalar = consumeScalar()
        return CSSToken(kind: .delim, range: start..<index, delim: scalar)
    }
}
