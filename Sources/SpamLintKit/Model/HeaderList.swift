/// The header fields of a message in order, with case-insensitive look-up.
public struct HeaderList: Sendable, Hashable, Codable {
    public var fields: [Header]

    public init(_ fields: [Header] = []) {
        self.fields = fields
    }

    /// All fields with this name (case-insensitive), in order.
    public func all(_ name: String) -> [Header] {
        let match = HeaderNameMatch(name)
        var found: [Header] = []
        // Indexing reads only the name of each field; a closure over elements copied whole fields.
        for index in fields.indices where match.matches(fields[index].name) { found.append(fields[index]) }
        return found
    }

    /// The first field with this name (case-insensitive).
    public func first(_ name: String) -> Header? {
        let match = HeaderNameMatch(name)
        for index in fields.indices where match.matches(fields[index].name) { return fields[index] }
        return nil
    }

    public func contains(_ name: String) -> Bool {
        let match = HeaderNameMatch(name)
        return fields.indices.contains { match.matches(fields[$0].name) }
    }

    public var isEmpty: Bool { fields.isEmpty }
}
