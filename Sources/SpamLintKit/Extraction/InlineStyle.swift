/// The declarations of a `style="…"` attribute, property names lower-cased.
struct InlineStyle {
    private(set) var declarations: [String: String] = [:]

    init(_ text: String?) {
        guard let text, !text.isEmpty else { return }
        if TextSearch.isASCII(text) {
            parseASCII(text)
            return
        }
        for declaration in text.split(separator: ";") {
            guard let colon = declaration.firstIndex(of: ":") else { continue }
            let name = declaration[..<colon].trimmingWhitespace().lowercased()
            var value = declaration[declaration.index(after: colon)...].trimmingWhitespace().lowercased()
            if value.hasSuffix("!important") { value = String(value.dropLast("!important".count)).trimmingWhitespace() }
            declarations[name] = value
        }
    }

    /// The same parse on bytes: style attributes are nearly always ASCII, where a Character is a byte.
    private mutating func parseASCII(_ text: String) {
        let bytes = Array(text.utf8)
        for declaration in bytes.split(separator: UInt8(ascii: ";")) {
            guard let colon = declaration.firstIndex(of: UInt8(ascii: ":")) else { continue }
            let name = InlineStyle.trimmedLowercased(declaration[..<colon])
            var value = InlineStyle.trimmedLowercased(declaration[(colon + 1)...])
            if value.hasSuffix("!important") { value = String(value.dropLast("!important".count)).trimmingWhitespace() }
            declarations[name] = value
        }
    }

    private static func trimmedLowercased(_ bytes: ArraySlice<UInt8>) -> String {
        // ASCII whitespace as `Character.isWhitespace` has it: tab, line feed, vertical tab, form feed, return, space.
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || (0x09...0x0D).contains($0) }
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        let slice = bytes[start..<end]
        return String(unsafeUninitializedCapacity: slice.count) { buffer in
            for (offset, byte) in slice.enumerated() { buffer[offset] = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte }
            return slice.count
        }
    }

    subscript(_ property: String) -> String? { declarations[property] }

    var isEmpty: Bool { declarations.isEmpty }

    /// The font size in CSS pixels when it can be told from the value alone (px, pt, em/rem ≈ 16px, %).
    var fontSizeInPixels: Double? {
        guard let value = self["font-size"] else { return nil }
        return InlineStyle.pixels(value)
    }

    static func pixels(_ value: String) -> Double? {
        let number = value.prefix { $0.isNumber || $0 == "." || $0 == "-" }
        guard let amount = Double(number) else { return nil }
        let unit = value.dropFirst(number.count).trimmingWhitespace()
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
