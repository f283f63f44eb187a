/// The declarations of a `style="…"` attribute, property names lower-cased.
struct InlineStyle {
    private(set) var declarations: [String: String] = [:]

    init(_ text: String?) {
        guard let text, !text.isEmpty else { return }
        for declaration in text.split(separator: ";") {
            guard let colon = declaration.firstIndex(of: ":") else { continue }
            let name = declaration[..<colon].trimmingWhitespace().lowercased()
            var value = declaration[declaration.index(after: colon)...].trimmingWhitespace().lowercased()
            if value.hasSuffix("!important") { value = String(value.dropLast("!important".count)).trimmingWhitespace() }
            declarations[name] = value
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
