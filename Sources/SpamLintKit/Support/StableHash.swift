/// FNV-1a, 64-bit: a tiny, well-known hash whose value never changes between runs, machines or
/// Swift versions (unlike `Hasher`, which is seeded per process).
///
/// Used for report fingerprints (SARIF `partialFingerprints`, GitLab `fingerprint`), which only need
/// to identify a finding stably; nothing relies on them being hard to forge, so a cryptographic hash
/// (and swift-crypto's BoringSSL build, a minute or more on every clean CI build) is not worth it.
/// With 64 bits, a collision among even a million findings has a probability below 1 in 30 million.
@_spi(CLI) public enum StableHash {
    private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    @_spi(CLI) public static func fnv1a64<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var hash = offsetBasis
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* prime
        }
        return hash
    }

    /// The hash of the fields' UTF-8, each followed by a NUL so `("ab", "c")` and `("a", "bc")` differ,
    /// as 16 lower-case hex digits.
    @_spi(CLI) public static func hex(of fields: [String]) -> String {
        var bytes: [UInt8] = []
        for field in fields {
            bytes.append(contentsOf: field.utf8)
            bytes.append(0)
        }
        let value = String(fnv1a64(bytes), radix: 16)
        return String(repeating: "0", count: 16 - value.count) + value
    }
}
