/// Several byte literals searched for in one pass: at each position only the literals starting with
/// that byte are compared. With `ignoringASCIICase`, literals must be lower-case and text bytes are
/// compared lower-cased (ASCII letters only; other bytes as they are).
struct LiteralSet: Sendable {
    private let byFirstByte: [[[UInt8]]]
    private let ignoringASCIICase: Bool
    /// One bit per pair of (lower-cased) bytes that starts some literal: most positions of a text start
    /// no literal, and this rules them out with one load instead of comparing every literal of the first byte.
    private let startingPairs: [UInt64]
    private let hasSingleByteLiteral: Bool

    init(_ literals: [[UInt8]], ignoringASCIICase: Bool) {
        var table = [[[UInt8]]](repeating: [], count: 256)
        for literal in literals {
            guard let first = literal.first else { continue }
            precondition(!ignoringASCIICase || literal.allSatisfy { !ASCIIByte.isUppercase($0) }, "literals must be lower-case")
            table[Int(first)].append(literal)
        }
        byFirstByte = table
        self.ignoringASCIICase = ignoringASCIICase
        var pairs = [UInt64](repeating: 0, count: 65_536 / 64)
        for literal in literals where literal.count >= 2 {
            let pair = Int(literal[0]) << 8 | Int(literal[1])
            pairs[pair >> 6] |= 1 << UInt64(pair & 63)
        }
        startingPairs = pairs
        hasSingleByteLiteral = literals.contains { $0.count == 1 }
    }

    /// True when any literal occurs in `bytes`.
    func occurs(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if hasSingleByteLiteral { return occursComparingEveryStart(in: bytes) }
        let count = bytes.count
        guard count >= 2 else { return false }
        return startingPairs.withUnsafeBufferPointer { pairs in
            var previous = fold(bytes[0])
            for index in 1..<count {
                let byte = fold(bytes[index])
                let pair = Int(previous) << 8 | Int(byte)
                if pairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0, literalStarts(at: index - 1, in: bytes) { return true }
                previous = byte
            }
            return false
        }
    }

    /// The search without the pair filter, for sets with one-byte literals (and as the tests' reference).
    func occursComparingEveryStart(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in 0..<bytes.count where literalStarts(at: index, in: bytes) { return true }
        return false
    }

    @inline(__always)
    private func fold(_ byte: UInt8) -> UInt8 { ignoringASCIICase ? ASCIIByte.lowercased(byte) : byte }

    private func literalStarts(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        for literal in byFirstByte[Int(fold(bytes[index]))] where literal.count <= count - index {
            var offset = 1
            while offset < literal.count, fold(bytes[index + offset]) == literal[offset] { offset += 1 }
            if offset == literal.count { return true }
        }
        return false
    }
}
