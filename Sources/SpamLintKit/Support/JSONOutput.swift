import Foundation

/// Deterministic JSON: sorted keys, two-space indentation, slashes unescaped.
///
/// JSONEncoder escapes C0 controls only; C1 controls (U+0080–U+009F, e.g. the one-character CSI
/// U+009B) and bidi overrides from email content are escaped here too, so `cat report.json` in a
/// terminal is as safe as the text output. They can only occur inside strings (JSON's own syntax
/// is ASCII), so escaping them wherever they appear keeps the document's meaning.
@_spi(CLI) public enum JSONOutput {
    /// `trailingNewline` adds the newline in place: a report of thousands of files is megabytes,
    /// and `string(…) + "\n"` would hold two copies of it at once.
    @_spi(CLI) public static func string<T: Encodable>(_ value: T, trailingNewline: Bool = false) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return trailingNewline ? "{}\n" : "{}" }
        var json = escapingInvisibleControls(String(decoding: data, as: UTF8.self))
        if trailingNewline { json.append("\n") }
        return json
    }

    static func escapingInvisibleControls(_ json: String) -> String {
        // Every scalar escaped here is DEL, or encoded in UTF-8 with a lead byte C2 (U+0080–U+009F) or E2
        // (U+202A–U+2069): text without those bytes, nearly every report, needs no scalar walk.
        guard json.utf8.contains(where: { $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }),
              json.unicodeScalars.contains(where: needsEscape) else { return json }
        var escaped = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            if needsEscape(scalar) {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                escaped.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
            } else {
                escaped.append(scalar)
            }
        }
        return String(escaped)
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
