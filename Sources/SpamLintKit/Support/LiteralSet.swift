/// Several byte literals searched for in one pass: at each position only the literals starting with
/// that byte are compared. With `ignoringASCIICase`, literals must be lower-case and text bytes are
/// compared lower-cased (ASCII letters only; other bytes as they are).
struct LiteralSet: Sendable {
    private let byFirstByte: [[[UInt8]]]
    private let ignoringASCIICase: Bool

    init(_ literals: [[UInt8]], ignoringASCIICase: Bool) {
        var table = [[[UInt8]]](repeating: [], count: 256)
        for literal in literals {
            guard let first = literal.first else { continue }
            precondition(!ignoringASCIICase || literal.allSatisfy { !ASCIIByte.isUppercase($0) }, "literals must be lower-case")
            table[Int(first)].append(literal)
        }
        byFirstByte = table
        self.ignoringASCIICase = ignoringASCIICase
    }

    /// True when any literal occurs in `bytes`.
    func occurs(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        var index = 0
        while index < count {
            let byte = ignoringASCIICase ? ASCIIByte.lowercased(bytes[index]) : bytes[index]
            for literal in byFirstByte[Int(byte)] where literal.count <= count - index {
                var offset = 1
                if ignoringASCIICase {
                    while offset < literal.count, ASCIIByte.lowercased(bytes[index + offset]) == literal[offset] { offset += 1 }
                } else {
                    while offset < literal.count, bytes[index + offset] == literal[offset] { offset += 1 }
                }
                if offset == literal.count { return true }
            }
            index += 1
        }
        return false
    }
}
