/// The header fields of a message in order, with case-insensitive look-up.
@_spi(CLI) public struct HeaderList: Sendable, Hashable, Codable {
    @_spi(CLI) public var fields: [Header]

    @_spi(CLI) public init(_ fields: [Header] = []) {
        self.fields = fields
    }

    /// All fields with this name (case-insensitive), in order.
    @_spi(CLI) public func all(_ name: String) -> [Header] {
        var found: [Header] = []
        for index in fields.indices where Self.namesMatch(fields[index].name, name) { found.append(fields[index]) }
        return found
    }

    /// The first field with this name (case-insensitive).
    @_spi(CLI) public func first(_ name: String) -> Header? {
        // Indices, not a closure over each field: only the matching header is copied out.
        for index in fields.indices where Self.namesMatch(fields[index].name, name) { return fields[index] }
        return nil
    }

    @_spi(CLI) public func contains(_ name: String) -> Bool { fields.indices.contains { Self.namesMatch(fields[$0].name, name) } }

    @_spi(CLI) public var isEmpty: Bool { fields.isEmpty }

    /// Case-insensitive name equality. Rules look headers up dozens of times per message, so ASCII names
    /// (all that RFC 5322 allows) are compared byte by byte without allocating; anything else is lowercased.
    static func namesMatch(_ name: String, _ wanted: String) -> Bool {
        // Contiguous bytes rather than UTF-8 view iterators: this runs for every field of every look-up.
        let answer = name.utf8.withContiguousStorageIfAvailable { nameBytes in
            wanted.utf8.withContiguousStorageIfAvailable { wantedBytes in asciiNamesMatch(nameBytes, wantedBytes) } ?? nil
        } ?? nil
        return answer ?? slowNamesMatch(name, wanted)
    }

    /// The answer for names compared byte by byte; nil when a non-ASCII byte decides it.
    private static func asciiNamesMatch(_ name: UnsafeBufferPointer<UInt8>, _ wanted: UnsafeBufferPointer<UInt8>) -> Bool? {
        for index in 0..<min(name.count, wanted.count) {
            let a = name[index]
            let b = wanted[index]
            if a == b { continue }
            if a >= 0x80 || b >= 0x80 { return nil }
            if a | 0x20 != b | 0x20 || !(UInt8(ascii: "a")...UInt8(ascii: "z")).contains(a | 0x20) { return false }
        }
        if name.count == wanted.count { return true }
        // Lengths differ; only non-ASCII case mappings can change a length.
        return ASCIIByte.allASCII(name) && ASCIIByte.allASCII(wanted) ? false : nil
    }

    /// The comparison on UTF-8 view iterators, for non-ASCII names (and as the tests' reference).
    static func slowNamesMatch(_ name: String, _ wanted: String) -> Bool {
        var nameBytes = name.utf8.makeIterator()
        var wantedBytes = wanted.utf8.makeIterator()
        while true {
            switch (nameBytes.next(), wantedBytes.next()) {
            case (nil, nil):
                return true
            case let (a?, b?):
                if a == b { continue }
                if a >= 0x80 || b >= 0x80 { return name.lowercased() == wanted.lowercased() }
                if a | 0x20 != b | 0x20 || !(UInt8(ascii: "a")...UInt8(ascii: "z")).contains(a | 0x20) { return false }
            default:
                // Lengths differ; only non-ASCII case mappings can change a length.
                return !name.utf8.allSatisfy { $0 < 0x80 } || !wanted.utf8.allSatisfy { $0 < 0x80 }
                    ? name.lowercased() == wanted.lowercased() : false
            }
        }
    }
}
