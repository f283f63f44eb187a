import SpamLintInterop

/// Turns raw header or body bytes into a `String` without losing text: UTF-8 when the bytes are
/// valid UTF-8, otherwise windows-1252, because unlabelled 8-bit headers in real mail (and spam in
/// particular) are overwhelmingly Latin-1 / windows-1252.
enum HeaderTextDecoder {
    /// Decodes `bytes` as UTF-8, falling back to windows-1252 (then ISO-8859-1) when they are not valid UTF-8.
    static func string<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        // One validating pass; decoding after a separate check validated the bytes twice.
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        let array = Array(bytes)
        if let decoded = CharsetDecoder.decode(array, charset: "windows-1252"), !decoded.contains("\u{FFFD}") {
            return decoded
        }
        // ISO-8859-1 maps every byte to the code point of the same value, so it never fails.
        var result = String()
        result.unicodeScalars.append(contentsOf: array.map { Unicode.Scalar($0) })
        return result
    }
}
