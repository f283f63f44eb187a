/// The header fields of a message in order, with case-insensitive look-up.
public struct HeaderList: Sendable, Hashable, Codable {
    public var fields: [Header]

    public init(_ fields: [Header] = []) {
        self.fields = fields
    }

    /// All fields with this name (case-insensitive), in order.
    public func all(_ name: String) -> [Header] {
        var found: [Header] = []
        for index in fields.indices where Self.namesMatch(fields[index].name, name) { found.append(fields[index]) }
        return found
    }

    /// The first field with this name (case-insensitive).
    public func first(_ name: String) -> Header? {
        // Indices, not a closure over each field: only the matching header is copied out.
        for index in fields.indices where Self.namesMatch(fields[index].name, name) { return fields[index] }
        return nil
    }

    public func contains(_ name: String) -> Bool { fields.indices.contains { Self.namesMatch(fields[$0].name, name) } }

    public var isEmpty: Bool { fields.isEmpty }

    /// Case-insensitive name equality. Rules look headers up dozens of times per message, so ASCII names
    /// (all that RFC 5322 allows) are compared byte by byte without allocating; anything else is lowercased.
    static func namesMatch(_ name: String, _ wanted: String) -> Bool {
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
