/// Normalises CSS colours so that `#FFF`, `#ffffff`, `white` and `rgb(255,255,255)` compare equal.
enum CSSColor {
    private static let named: [String: String] = [
        "white": "ffffff", "black": "000000", "red": "ff0000", "green": "008000", "blue": "0000ff",
        "yellow": "ffff00", "gray": "808080", "grey": "808080", "silver": "c0c0c0", "whitesmoke": "f5f5f5",
        "snow": "fffafa", "ivory": "fffff0", "navy": "000080", "orange": "ffa500", "purple": "800080",
    ]

    /// Six lower-case hex digits, or nil for anything that is not a plain opaque colour.
    static func normalized(_ raw: String?) -> String? {
        if let raw, let decided = normalizedHex(raw) { return decided }
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

    /// `normalized` for the usual ASCII `#rgb`, `#rrggbb` and `rrggbb` values, on bytes; nil when the
    /// value needs the general path (names, `rgb()`, non-ASCII), `.some(nil)` for a `#` value that is no colour.
    /// For ASCII, trimming and `isHexDigit` act on bytes as they do on Characters (a `\r\n` is no hex digit).
    static func normalizedHex(_ raw: String) -> String?? {
        var raw = raw
        return raw.withUTF8 { bytes -> String?? in
            let isSpace: (UInt8) -> Bool = { $0 == 0x20 || (0x09...0x0D).contains($0) }
            var start = 0
            var end = bytes.count
            while start < end, isSpace(bytes[start]) { start += 1 }
            while end > start, isSpace(bytes[end - 1]) { end -= 1 }
            guard start < end, bytes[start..<end].allSatisfy({ $0 < 0x80 }) else { return nil }
            let hasHash = bytes[start] == UInt8(ascii: "#")
            if hasHash { start += 1 }
            let digits = UnsafeBufferPointer(rebasing: bytes[start..<end])
            let isHex: (UInt8) -> Bool = { ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x66) }
            guard digits.count == 6 || (hasHash && digits.count == 3), digits.allSatisfy(isHex) else {
                // Without `#` it may be a colour name; with it, anything else is no colour.
                return hasHash ? .some(nil) : nil
            }
            let repeats = 6 / digits.count
            return String(unsafeUninitializedCapacity: 6) { output in
                for (offset, digit) in digits.enumerated() {
                    for copy in 0..<repeats { output[offset * repeats + copy] = digit | (digit >= 0x41 ? 0x20 : 0) }
                }
                return 6
            }
        }
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
