/// Separates what a template writes literally from its placeholders (`{{ name }}`, `*|FNAME|*`,
/// `%%Member_Addr%%`, `<%body%>`), so text rules judge only words a person wrote.
enum TemplateText {
    struct Separated {
        /// The text with every template tag replaced by a space.
        var literal: String
        /// The output placeholders as written.
        var placeholders: [String]
    }

    static func separate(_ text: String) -> Separated {
        let bytes = Array(text.utf8)
        guard bytes.contains(where: { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: "%") }) else {
            return Separated(literal: text, placeholders: [])
        }
        let masked = TemplateMasker.mask(bytes)
        guard !masked.spans.isEmpty else { return Separated(literal: text, placeholders: []) }
        var literal: [UInt8] = []
        literal.reserveCapacity(bytes.count)
        var copiedUpTo = 0
        var placeholders: [String] = []
        for span in masked.spans {
            literal.append(contentsOf: bytes[copiedUpTo..<span.range.lowerBound])
            literal.append(UInt8(ascii: " "))
            if span.role == .output { placeholders.append(span.text) }
            copiedUpTo = span.range.upperBound
        }
        literal.append(contentsOf: bytes[copiedUpTo...])
        return Separated(literal: String(decoding: literal, as: UTF8.self), placeholders: placeholders)
    }

    /// The literal text only.
    static func literal(_ text: String) -> String { separate(text).literal }
}
