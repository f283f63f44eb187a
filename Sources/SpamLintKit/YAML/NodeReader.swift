import Yams

/// Typed access to YAML nodes that fails with the node's line and column.
struct NodeReader {
    let file: String

    func error(_ node: Node, _ message: String) -> ConfigurationError {
        ConfigurationError(file: file, line: node.mark?.line ?? 0, column: node.mark?.column ?? 0, message: message)
    }

    /// The key/value pairs of a mapping, in order; rejects keys outside `allowed` (nil allows any).
    func mapping(_ node: Node, allowed: Set<String>?) throws -> [(String, Node)] {
        guard case .mapping(let mapping) = node else { throw error(node, "expected a mapping") }
        var result: [(String, Node)] = []
        for (key, value) in mapping {
            guard let name = key.string else { throw error(key, "expected a string key") }
            if let allowed, !allowed.contains(name) {
                throw error(key, "unknown key '\(name)' (expected one of: \(allowed.sorted().joined(separator: ", ")))")
            }
            result.append((name, value))
        }
        return result
    }

    func sequence(_ node: Node) throws -> [Node] {
        guard case .sequence(let sequence) = node else { throw error(node, "expected a list") }
        return Array(sequence)
    }

    func string(_ node: Node) throws -> String {
        guard case .scalar(let scalar) = node else { throw error(node, "expected a string") }
        return scalar.string
    }

    func strings(_ node: Node) throws -> [String] {
        try sequence(node).map(string)
    }

    func number(_ node: Node) throws -> Double {
        guard case .scalar(let scalar) = node, let value = Double(scalar.string), value.isFinite else {
            throw error(node, "expected a number")
        }
        return value
    }

    func nonNegativeInteger(_ node: Node) throws -> Int {
        guard case .scalar(let scalar) = node, let value = Int(scalar.string), value >= 0 else {
            throw error(node, "expected a whole number, 0 or more")
        }
        return value
    }

    func domain(_ node: Node) throws -> String {
        try validDomain(try string(node), at: node)
    }

    func validDomain(_ text: String, at node: Node) throws -> String {
        let domain = text.lowercased().trimmingTrailingDots()
        guard !domain.isEmpty, !domain.contains(where: { $0.isWhitespace || $0 == "@" || $0 == "/" }) else {
            throw error(node, "'\(text)' is not a domain name")
        }
        return domain
    }
}
