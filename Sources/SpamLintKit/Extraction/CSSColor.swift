/// Normalises CSS colours so that `#FFF`, `#ffffff`, `white` and `rgb(255,255,255)` compare equal.
enum CSSColor {
    /// The 148 named colours of CSS Color Module Level 4 (§6.1), keyword to sRGB hex; `transparent`
    /// and `currentcolor` are no plain colour and stay out.
    private static let named: [String: String] = [
        "aliceblue": "f0f8ff", "antiquewhite": "faebd7", "aqua": "00ffff", "aquamarine": "7fffd4", "azure": "f0ffff",
        "beige": "f5f5dc", "bisque": "ffe4c4", "black": "000000", "blanchedalmond": "ffebcd", "blue": "0000ff",
        "blueviolet": "8a2be2", "brown": "a52a2a", "burlywood": "deb887", "cadetblue": "5f9ea0",
        "chartreuse": "7fff00", "chocolate": "d2691e", "coral": "ff7f50", "cornflowerblue": "6495ed",
        "cornsilk": "fff8dc", "crimson": "dc143c", "cyan": "00ffff", "darkblue": "00008b", "darkcyan": "008b8b",
        "darkgoldenrod": "b8860b", "darkgray": "a9a9a9", "darkgreen": "006400", "darkgrey": "a9a9a9",
        "darkkhaki": "bdb76b", "darkmagenta": "8b008b", "darkolivegreen": "556b2f", "darkorange": "ff8c00",
        "darkorchid": "9932cc", "darkred": "8b0000", "darksalmon": "e9967a", "darkseagreen": "8fbc8f",
        "darkslateblue": "483d8b", "darkslategray": "2f4f4f", "darkslategrey": "2f4f4f", "darkturquoise": "00ced1",
        "darkviolet": "9400d3", "deeppink": "ff1493", "deepskyblue": "00bfff", "dimgray": "696969",
        "dimgrey": "696969", "dodgerblue": "1e90ff", "firebrick": "b22222", "floralwhite": "fffaf0",
        "forestgreen": "228b22", "fuchsia": "ff00ff", "gainsboro": "dcdcdc", "ghostwhite": "f8f8ff", "gold": "ffd700",
        "goldenrod": "daa520", "gray": "808080", "green": "008000", "greenyellow": "adff2f", "grey": "808080",
        "honeydew": "f0fff0", "hotpink": "ff69b4", "indianred": "cd5c5c", "indigo": "4b0082", "ivory": "fffff0",
        "khaki": "f0e68c", "lavender": "e6e6fa", "lavenderblush": "fff0f5", "lawngreen": "7cfc00",
        "lemonchiffon": "fffacd", "lightblue": "add8e6", "lightcoral": "f08080", "lightcyan": "e0ffff",
        "lightgoldenrodyellow": "fafad2", "lightgray": "d3d3d3", "lightgreen": "90ee90", "lightgrey": "d3d3d3",
        "lightpink": "ffb6c1", "lightsalmon": "ffa07a", "lightseagreen": "20b2aa", "lightskyblue": "87cefa",
        "lightslategray": "778899", "lightslategrey": "778899", "lightsteelblue": "b0c4de", "lightyellow": "ffffe0",
        "lime": "00ff00", "limegreen": "32cd32", "linen": "faf0e6", "magenta": "ff00ff", "maroon": "800000",
        "mediumaquamarine": "66cdaa", "mediumblue": "0000cd", "mediumorchid": "ba55d3", "mediumpurple": "9370db",
        "mediumseagreen": "3cb371", "mediumslateblue": "7b68ee", "mediumspringgreen": "00fa9a",
        "mediumturquoise": "48d1cc", "mediumvioletred": "c71585", "midnightblue": "191970", "mintcream": "f5fffa",
        "mistyrose": "ffe4e1", "moccasin": "ffe4b5", "navajowhite": "ffdead", "navy": "000080", "oldlace": "fdf5e6",
        "olive": "808000", "olivedrab": "6b8e23", "orange": "ffa500", "orangered": "ff4500", "orchid": "da70d6",
        "palegoldenrod": "eee8aa", "palegreen": "98fb98", "paleturquoise": "afeeee", "palevioletred": "db7093",
        "papayawhip": "ffefd5", "peachpuff": "ffdab9", "peru": "cd853f", "pink": "ffc0cb", "plum": "dda0dd",
        "powderblue": "b0e0e6", "purple": "800080", "rebeccapurple": "663399", "red": "ff0000", "rosybrown": "bc8f8f",
        "royalblue": "4169e1", "saddlebrown": "8b4513", "salmon": "fa8072", "sandybrown": "f4a460",
        "seagreen": "2e8b57", "seashell": "fff5ee", "sienna": "a0522d", "silver": "c0c0c0", "skyblue": "87ceeb",
        "slateblue": "6a5acd", "slategray": "708090", "slategrey": "708090", "snow": "fffafa",
        "springgreen": "00ff7f", "steelblue": "4682b4", "tan": "d2b48c", "teal": "008080", "thistle": "d8bfd8",
        "tomato": "ff6347", "turquoise": "40e0d0", "violet": "ee82ee", "wheat": "f5deb3", "white": "ffffff",
        "whitesmoke": "f5f5f5", "yellow": "ffff00", "yellowgreen": "9acd32",
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
