/// Literal pieces of which a regular expression needs at least one to match: when none occurs in a
/// text, the expression cannot match there and need not be run. A byte search answers that in a
/// fraction of what ICU takes to try the expression at every position.
///
/// Case-sensitive literals are compared code point for code point, as ICU does, which on UTF-8 is
/// byte for byte. Case-insensitive literals must be ASCII: ICU case-folds the text, and only the
/// ASCII letters and the few characters in `mayFoldToASCII` fold to ASCII letters; a text holding
/// one of those is always handed to the expression.
struct RequiredLiterals: Sendable {
    private let literals: LiteralSet
    private let caseInsensitive: Bool

    init(_ literals: [String], caseInsensitive: Bool) {
        precondition(!caseInsensitive || literals.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }, "case-insensitive literals must be ASCII")
        self.literals = LiteralSet(literals.map { Array((caseInsensitive ? $0.lowercased() : $0).utf8) }, ignoringASCIICase: caseInsensitive)
        self.caseInsensitive = caseInsensitive
    }

    /// False only when the expression cannot match in `text`.
    func mayMatch(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            if caseInsensitive, Self.holdsCharacterFoldingToASCII(bytes) { return true }
            return literals.occurs(in: bytes)
        }
    }

    /// The non-ASCII characters whose case mappings hold an ASCII letter (ß, İ, ı, ŉ, ſ, ǰ, ẖ…ẚ, ẞ,
    /// the Kelvin sign, the ﬀ…ﬆ ligatures); a test checks the list against the Unicode tables.
    static let mayFoldToASCII: [UInt32] = [
        0xDF, 0x130, 0x131, 0x149, 0x17F, 0x1F0, 0x1E96, 0x1E97, 0x1E98, 0x1E99, 0x1E9A, 0x1E9E, 0x212A,
        0xFB00, 0xFB01, 0xFB02, 0xFB03, 0xFB04, 0xFB05, 0xFB06,
    ]

    private static let foldingToASCII = LiteralSet(mayFoldToASCII.map { Array(String(Unicode.Scalar($0)!).utf8) }, ignoringASCIICase: false)

    /// Whether a character of `mayFoldToASCII` occurs. Runs for every expression tried on a text, so
    /// ASCII is skipped eight bytes at a time and only the lead bytes of those characters are looked at.
    static func holdsCharacterFoldingToASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let count = bytes.count
        var index = 0
        while index < count {
            if index + 8 <= count, UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
                continue
            }
            // Every such character is at most three bytes: a window from its lead byte holds it.
            if foldingLeadBytes[Int(bytes[index])],
               foldingToASCII.occurs(in: UnsafeBufferPointer(rebasing: bytes[index..<min(index + 3, count)])) { return true }
            index += 1
        }
        return false
    }

    /// The first UTF-8 bytes of the characters in `mayFoldToASCII`.
    private static let foldingLeadBytes: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for value in mayFoldToASCII {
            let bytes = Array(String(Unicode.Scalar(value)!).utf8)
            precondition(bytes.count <= 3, "the search window is three bytes")
            table[Int(bytes[0])] = true
        }
        return table
    }()
}
