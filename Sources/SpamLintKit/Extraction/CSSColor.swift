/// Normalises CSS colours so that `#FFF`, `#ffffff`, `white` and `rgb(255,255,255)` compare equal.
enum CSSColor {
    private static let named: [String: String] = [
        "white": "ffffff", "black": "000000", "red": "ff0000", "green": "008000", "blue": "0000ff",
        "yellow": "ffff00", "gray": "808080", "grey": "808080", "silver": "c0c0c0", "whitesmoke": "f5f5f5",
        "snow": "fffafa", "ivory": "fffff0", "navy": "000080", "orange": "ffa500", "purple": "800080",
    ]

    /// Six lower-case hex digits, or nil for anything that is not a plain opaque colour.
    static func normalized(_ raw: String?) -> String? {
        guard var value = raw?.trimmingWhitespace().lowercased(), !value.isEmpty else { return nil }
        if let named = named[value] { return named }
        if value.hasPrefix("#") {
            value.removeFirst()
            if value.count == 3 { value = value.map { "\($0)\($0)" }.joined() }
            return value.count == 6 && value.allSatisfy(\.isHexDigit) ? value : nil
        }
        if value.hasPrefix("rgb(") || value.hasPrefix("rgba(") {
            let inner = value.drop { $0 != "(" }.dropFirst().prefix { $0 != ")" }
            let parts = inner.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "/" }).map(String.init)
            guard parts.count >= 3 else { return nil }
            if parts.count == 4, let alpha = Double(parts[3]), alpha < 1 { return nil }
            let channels = parts.prefix(3).compactMap { Int($0) }
            guard channels.count == 3, channels.allSatisfy({ (0...255).contains($0) }) else { return nil }
            return channels.map { String($0, radix: 16).leftPadded(to: 2) }.joined()
        }
        return value.count == 6 && value.allSatisfy(\.isHexDigit) ? value : nil
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
