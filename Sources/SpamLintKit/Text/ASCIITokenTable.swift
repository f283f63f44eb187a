/// The ASCII phrase tokens of a phrase list, up to 16 bytes, each with its id: a text token is
/// looked up by its bytes packed into two integers, with no String made and no SipHash run, since
/// this happens for most words of every body.
///
/// Packing is one-to-one: bytes go in little-endian order and no token byte is 0, so a shorter token
/// leaves zero bytes where a longer one has none.
struct ASCIITokenTable: Sendable {
    static let maxLength = 16

    /// Two words (low, high) per slot; a low word of 0 marks an empty slot (no token is empty).
    private var keys: [UInt64] = [0, 0]
    private var ids: [Int32] = [-1]
    private var count = 0

    /// The packed form of an ASCII token of 1 to `maxLength` bytes, nil for any other token.
    static func packed<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> (low: UInt64, high: UInt64)? {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var length = 0
        for byte in bytes {
            guard byte != 0, byte < 0x80, length < maxLength else { return nil }
            if length < 8 { low |= UInt64(byte) << UInt64(length * 8) } else { high |= UInt64(byte) << UInt64((length - 8) * 8) }
            length += 1
        }
        return length == 0 ? nil : (low, high)
    }

    mutating func insert(_ token: String, id: Int32) {
        guard let (low, high) = Self.packed(token.utf8), self.id(low: low, high: high) < 0 else { return }
        if (count + 1) * 2 > ids.count { grow() }
        place(low: low, high: high, id: id)
        count += 1
    }

    /// The id of the token packed as `low`, `high`; -1 when it is not in the table.
    @inline(__always)
    func id(low: UInt64, high: UInt64) -> Int32 {
        let mask = ids.count - 1
        var slot = Self.slot(low: low, high: high) & mask
        while true {
            let storedLow = keys[slot * 2]
            if storedLow == 0 { return -1 }
            if storedLow == low, keys[slot * 2 + 1] == high { return ids[slot] }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    private static func slot(low: UInt64, high: UInt64) -> Int {
        let mixed = (low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F)
        return Int(truncatingIfNeeded: (mixed ^ (mixed >> 31)) >> 3)
    }

    private mutating func place(low: UInt64, high: UInt64, id: Int32) {
        let mask = ids.count - 1
        var slot = Self.slot(low: low, high: high) & mask
        while keys[slot * 2] != 0 { slot = (slot + 1) & mask }
        keys[slot * 2] = low
        keys[slot * 2 + 1] = high
        ids[slot] = id
    }

    private mutating func grow() {
        let old = (keys: keys, ids: ids)
        ids = Array(repeating: -1, count: ids.count * 2)
        keys = Array(repeating: 0, count: ids.count * 2)
        for slot in old.ids.indices where old.keys[slot * 2] != 0 {
            place(low: old.keys[slot * 2], high: old.keys[slot * 2 + 1], id: old.ids[slot])
        }
    }
}
