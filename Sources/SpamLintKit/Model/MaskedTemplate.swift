/// A template whose syntax has been replaced so that libxml2 sees plain HTML.
///
/// Output tags become short tokens (`sltpl3q`) that survive HTML parsing inside attributes and
/// text and are put back afterwards; control tags and comments become spaces. Newlines are kept,
/// so line numbers in the masked HTML are line numbers in the file.
@_spi(CLI) public struct MaskedTemplate: Sendable {
    @_spi(CLI) public var html: [UInt8]
    @_spi(CLI) public var spans: [TemplateSpan]
    /// Original text of each output token, by token index.
    @_spi(CLI) public var placeholders: [String]

    @_spi(CLI) public init(html: [UInt8], spans: [TemplateSpan], placeholders: [String]) {
        self.html = html
        self.spans = spans
        self.placeholders = placeholders
    }

    static let tokenPrefix = "sltpl"

    static func token(_ index: Int) -> String { "\(tokenPrefix)\(index)q" }

    /// Puts the original placeholder text back in place of every token in `text`.
    @_spi(CLI) public func restore(_ text: String) -> String {
        // Asked for every text node and attribute value: most hold no token bytes at all, which one
        // byte search tells without first checking the whole text for ASCII.
        guard !placeholders.isEmpty, TextSearch.byteRange(of: MaskedTemplate.tokenPrefix, in: text) != nil,
              TextSearch.contains(text, MaskedTemplate.tokenPrefix) else { return text }
        return MaskedTemplate.replaceTokens(in: text) { index in
            index < placeholders.count ? placeholders[index] : nil
        }
    }

    /// The placeholder a text starts with (after whitespace), if any.
    @_spi(CLI) public func leadingPlaceholder(of text: String) -> String? {
        let trimmed = text.drop { $0.isWhitespace }
        guard trimmed.hasPrefix(MaskedTemplate.tokenPrefix) else { return nil }
        let digits = trimmed.dropFirst(MaskedTemplate.tokenPrefix.count).prefix { $0.isASCII && $0.isNumber }
        guard let index = Int(digits), index < placeholders.count else { return nil }
        return placeholders[index]
    }

    static func replaceTokens(in text: String, with lookup: (Int) -> String?) -> String {
        if let replaced = replaceTokensAsBytes(in: text, with: lookup) { return replaced }
        var result = ""
        var remainder = Substring(text)
        while let range = remainder.range(of: tokenPrefix) {
            result += remainder[..<range.lowerBound]
            let afterPrefix = remainder[range.upperBound...]
            let digits = afterPrefix.prefix { $0.isASCII && $0.isNumber }
            let afterDigits = afterPrefix.dropFirst(digits.count)
            if !digits.isEmpty, afterDigits.hasPrefix("q"), let index = Int(digits), let original = lookup(index) {
                result += original
                remainder = afterDigits.dropFirst()
            } else {
                result += tokenPrefix
                remainder = afterPrefix
            }
        }
        result += remainder
        return result
    }

    /// `replaceTokens` on UTF-8 bytes, run once per text node of every template. Nil (use the
    /// Character-based path) when a non-ASCII byte touches a token, where a combining mark could
    /// join the token's first or last character to its neighbour.
    private static func replaceTokensAsBytes(in text: String, with lookup: (Int) -> String?) -> String? {
        let bytes = Array(text.utf8)
        let prefix = Array(tokenPrefix.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var copiedUpTo = 0
        var searchFrom = 0
        let found: Bool = bytes.withUnsafeBufferPointer { buffer in
            prefix.withUnsafeBufferPointer { pattern in
                while let match = TextSearch.firstRange(of: pattern, in: buffer, from: searchFrom) {
                    if match.lowerBound > 0, buffer[match.lowerBound - 1] >= 0x80 { return false }
                    var end = match.upperBound
                    while end < buffer.count, buffer[end] >= UInt8(ascii: "0"), buffer[end] <= UInt8(ascii: "9") { end += 1 }
                    if end < buffer.count, buffer[end] >= 0x80 { return false }
                    guard end > match.upperBound, end < buffer.count, buffer[end] == UInt8(ascii: "q") else {
                        searchFrom = match.upperBound
                        continue
                    }
                    if end + 1 < buffer.count, buffer[end + 1] >= 0x80 { return false }
                    guard let index = Int(String(decoding: buffer[match.upperBound..<end], as: UTF8.self)), let original = lookup(index) else {
                        searchFrom = match.upperBound
                        continue
                    }
                    result.append(contentsOf: buffer[copiedUpTo..<match.lowerBound])
                    result.append(contentsOf: original.utf8)
                    copiedUpTo = end + 1
                    searchFrom = end + 1
                }
                result.append(contentsOf: buffer[copiedUpTo...])
                return true
            }
        }
        return found ? String(decoding: result, as: UTF8.self) : nil
    }
}
