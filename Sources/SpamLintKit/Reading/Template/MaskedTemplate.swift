/// A template whose syntax has been replaced so that libxml2 sees plain HTML.
///
/// Output tags become short tokens (`sltpl3q`) that survive HTML parsing inside attributes and
/// text and are put back afterwards; control tags and comments become spaces. Newlines are kept,
/// so line numbers in the masked HTML are line numbers in the file.
public struct MaskedTemplate: Sendable {
    public var html: [UInt8]
    public var spans: [TemplateSpan]
    /// Original text of each output token, by token index.
    public var placeholders: [String]

    public init(html: [UInt8], spans: [TemplateSpan], placeholders: [String]) {
        self.html = html
        self.spans = spans
        self.placeholders = placeholders
    }

    static let tokenPrefix = "sltpl"

    static func token(_ index: Int) -> String { "\(tokenPrefix)\(index)q" }

    /// Puts the original placeholder text back in place of every token in `text`.
    public func restore(_ text: String) -> String {
        guard !placeholders.isEmpty, text.contains(MaskedTemplate.tokenPrefix) else { return text }
        return MaskedTemplate.replaceTokens(in: text) { index in
            index < placeholders.count ? placeholders[index] : nil
        }
    }

    /// The placeholder a text starts with (after whitespace), if any.
    public func leadingPlaceholder(of text: String) -> String? {
        let trimmed = text.drop { $0.isWhitespace }
        guard trimmed.hasPrefix(MaskedTemplate.tokenPrefix) else { return nil }
        let digits = trimmed.dropFirst(MaskedTemplate.tokenPrefix.count).prefix { $0.isASCII && $0.isNumber }
        guard let index = Int(digits), index < placeholders.count else { return nil }
        return placeholders[index]
    }

    static func replaceTokens(in text: String, with lookup: (Int) -> String?) -> String {
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
}
