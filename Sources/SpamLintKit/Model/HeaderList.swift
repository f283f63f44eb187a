/// The header fields of a message in order, with case-insensitive look-up.
public struct HeaderList: Sendable, Hashable, Codable {
    public var fields: [Header]

    public init(_ fields: [Header] = []) {
        self.fields = fields
    }

    /// All fields with this name (case-insensitive), in order.
    public func all(_ name: String) -> [Header] {
        let wanted = name.lowercased()
        return fields.filter { $0.name.lowercased() == wanted }
    }

    /// The first field with this name (case-insensitive).
    public func first(_ name: String) -> Header? {
        let wanted = name.lowercased()
        return fields.first { $0.name.lowercased() == wanted }
    }

    public func contains(_ name: String) -> Bool { first(name) != nil }

    public var isEmpty: Bool { fields.isEmpty }
}
