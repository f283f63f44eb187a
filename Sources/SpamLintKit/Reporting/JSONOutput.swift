import Foundation

/// Deterministic JSON: sorted keys, two-space indentation, slashes unescaped.
public enum JSONOutput {
    /// `trailingNewline` adds the newline in place: a report of thousands of files is megabytes,
    /// and `string(…) + "\n"` would hold two copies of it at once.
    public static func string<T: Encodable>(_ value: T, trailingNewline: Bool = false) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard var data = try? encoder.encode(value) else { return trailingNewline ? "{}\n" : "{}" }
        if trailingNewline { data.append(UInt8(ascii: "\n")) }
        return String(decoding: data, as: UTF8.self)
    }
}
