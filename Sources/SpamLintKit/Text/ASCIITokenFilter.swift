/// Says which all-ASCII text tokens could equal one of a phrase list's tokens, by first byte and
/// length, so that the phrase matcher skips making and hashing strings for the rest.
///
/// Strings compare by canonical equivalence: an ASCII token equals an ASCII phrase token only when
/// the bytes are the same, but it can also equal a non-ASCII phrase token made of characters that
/// are canonically an ASCII character (U+037E GREEK QUESTION MARK is ";"). A phrase token like that
/// turns the filter off.
struct ASCIITokenFilter: Sendable, Hashable {
    /// One bit per first byte (0–127) and length (1–15, 15 standing for 15 or more).
    private var bits = [UInt64](repeating: 0, count: 32)
    private(set) var keepsAll: Bool

    init(keepsAll: Bool = false) { self.keepsAll = keepsAll }

    mutating func insert(_ token: String) {
        let bytes = Array(token.utf8)
        guard let first = bytes.first else { return }
        if bytes.allSatisfy({ $0 < 0x80 }) {
            let slot = Self.slot(first: first, length: bytes.count)
            bits[slot >> 6] |= 1 << UInt64(slot & 63)
        } else if Self.mayEqualASCII(token) {
            keepsAll = true
        }
    }

    /// Whether an ASCII token of this first byte and length may equal a phrase token.
    @inline(__always)
    func keeps(first: UInt8, length: Int) -> Bool {
        guard !keepsAll else { return true }
        let slot = Self.slot(first: first, length: length)
        return bits[slot >> 6] & (1 << UInt64(slot & 63)) != 0
    }

    private static func slot(first: UInt8, length: Int) -> Int { Int(first & 0x7F) * 16 + min(length, 15) }

    /// A canonical decomposition that ends in ASCII is a single ASCII character (anything longer
    /// holds a combining mark), so a token can equal an ASCII string only if each of its non-ASCII
    /// characters on its own equals an ASCII character.
    static func mayEqualASCII(_ token: String) -> Bool {
        token.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII || (0..<128).contains { String(scalar) == String(Unicode.Scalar(UInt8($0))) }
        }
    }
}
