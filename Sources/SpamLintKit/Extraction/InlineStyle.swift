/// The declarations of a `style="…"` attribute, property names lower-cased.
///
/// ASCII styles (nearly all) are kept as one lower-cased copy of the text and the byte ranges of
/// each declaration: a value is made into a `String` only when asked for, and most never are.
struct InlineStyle {
    /// One `name: value` declaration as byte offsets into `lowered`.
    private struct Declaration {
        var name: Range<Int>
        var value: Range<Int>
        var isImportant: Bool
    }

    /// The style text lower-cased (ASCII path only).
    private var lowered: [UInt8] = []
    private var declarationRanges: [Declaration] = []
    /// Non-ASCII styles: the Character-based parse.
    private var unicodeDeclarations: [String: String] = [:]
    private var unicodeImportant: Set<String> = []

    init(_ text: String?) {
        guard let text, !text.isEmpty else { return }
        if parseASCII(text) { return }
        for declaration in text.split(separator: ";") {
            guard let colon = declaration.firstIndex(of: ":") else { continue }
            let name = declaration[..<colon].trimmingWhitespace().lowercased()
            var value = declaration[declaration.index(after: colon)...].trimmingWhitespace().lowercased()
            let isImportant = value.hasSuffix("!important")
            if isImportant { value = String(value.dropLast("!important".count)).trimmingWhitespace() }
            unicodeDeclarations[name] = value
            if isImportant { unicodeImportant.insert(name) } else { unicodeImportant.remove(name) }
        }
    }

    /// The same parse on bytes: for ASCII, a Character is a byte and whitespace is the six ASCII spaces.
    /// False (and nothing parsed) when the text is not ASCII.
    private mutating func parseASCII(_ text: String) -> Bool {
        var lowered = Array(text.utf8)
        for index in lowered.indices {
            let byte = lowered[index]
            if byte >= 0x80 { return false }
            if byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") { lowered[index] = byte | 0x20 }
        }
        var declarations: [Declaration] = []
        var start = 0
        while start <= lowered.count {
            let end = lowered[start...].firstIndex(of: UInt8(ascii: ";")) ?? lowered.count
            if let colon = lowered[start..<end].firstIndex(of: UInt8(ascii: ":")) {
                let name = InlineStyle.trimmed(start..<colon, in: lowered)
                var value = InlineStyle.trimmed((colon + 1)..<end, in: lowered)
                let isImportant = InlineStyle.hasImportantSuffix(value, in: lowered)
                if isImportant {
                    value = InlineStyle.trimmed(value.lowerBound..<(value.upperBound - InlineStyle.important.count), in: lowered)
                }
                declarations.append(Declaration(name: name, value: value, isImportant: isImportant))
            }
            start = end + 1
        }
        self.lowered = lowered
        self.declarationRanges = declarations
        return true
    }

    private static let important = Array("!important".utf8)

    private static func hasImportantSuffix(_ range: Range<Int>, in bytes: [UInt8]) -> Bool {
        range.count >= important.count && bytes[(range.upperBound - important.count)..<range.upperBound].elementsEqual(important)
    }

    /// `range` without ASCII whitespace (tab, line feed, vertical tab, form feed, return, space) at either end.
    private static func trimmed(_ range: Range<Int>, in bytes: [UInt8]) -> Range<Int> {
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || (0x09...0x0D).contains($0) }
        var start = range.lowerBound
        var end = range.upperBound
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        return start..<end
    }

    /// The value of the last declaration of `property` (a later declaration overrides an earlier one).
    subscript(_ property: String) -> String? {
        guard !declarationRanges.isEmpty else { return unicodeDeclarations.isEmpty ? nil : unicodeDeclarations[property] }
        let name = property.utf8
        for declaration in declarationRanges.reversed()
        where declaration.name.count == name.count && lowered[declaration.name].elementsEqual(name) {
            return String(decoding: lowered[declaration.value], as: UTF8.self)
        }
        return nil
    }

    /// True when the last declaration of `property` carries `!important` (it then outranks
    /// `!important` style-sheet rules too, CSS Cascade §6.4).
    func isImportant(_ property: String) -> Bool {
        guard !declarationRanges.isEmpty else { return unicodeImportant.contains(property) }
        let name = property.utf8
        return declarationRanges.last { $0.name.count == name.count && lowered[$0.name].elementsEqual(name) }?.isImportant ?? false
    }

    var isEmpty: Bool { declarationRanges.isEmpty && unicodeDeclarations.isEmpty }

    /// The font size in CSS pixels when it can be told from the value alone (px, pt, em/rem ≈ 16px, %).
    var fontSizeInPixels: Double? {
        guard let value = self["font-size"] else { return nil }
        return InlineStyle.pixels(value)
    }

    static func pixels(_ value: String) -> Double? {
        let amount: Double
        let unit: String
        if TextSearch.isASCII(value) {
            // For ASCII, `isNumber` holds for 0–9 only and a Character is a byte (no `\r\n` is a digit):
            // the same split without Unicode property lookups.
            let bytes = value.utf8
            let numberEnd = bytes.firstIndex { !(($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-")) } ?? bytes.endIndex
            guard let parsed = Double(value[..<numberEnd]) else { return nil }
            amount = parsed
            unit = value[numberEnd...].trimmingWhitespace()
        } else {
            let number = value.prefix { $0.isNumber || $0 == "." || $0 == "-" }
            guard let parsed = Double(number) else { return nil }
            amount = parsed
            unit = value.dropFirst(number.count).trimmingWhitespace()
        }
        switch unit {
        case "", "px": return amount
        case "pt": return amount * 4 / 3
        case "em", "rem": return amount * 16
        case "%": return amount * 16 / 100
        default: return amount == 0 ? 0 : nil
        }
    }
}

extension Substring {
    func trimmingWhitespace() -> String { String(self).trimmingWhitespace() }
}
