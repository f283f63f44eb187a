import Yams

/// Typed access to YAML nodes that fails with the node's line and column. With
/// `collectsUnknownKeys` (the configuration's reader), unknown keys are collected rather than
/// thrown, so one read reports them all; either way they name the closest known key.
final class NodeReader {
    let file: String
    let collectsUnknownKeys: Bool
    private(set) var errors: [ConfigurationError] = []

    init(file: String, collectsUnknownKeys: Bool = false) {
        self.file = file
        self.collectsUnknownKeys = collectsUnknownKeys
    }

    func error(_ node: Node, _ message: String) -> ConfigurationError {
        ConfigurationError(file: file, line: node.mark?.line ?? 0, column: node.mark?.column ?? 0, message: message)
    }

    func location(_ node: Node) -> ConfigurationLocation {
        ConfigurationLocation(line: node.mark?.line ?? 0, column: node.mark?.column ?? 0)
    }

    /// Records an error and goes on.
    func report(_ error: ConfigurationError) {
        errors.append(error)
    }

    /// Runs `body`, recording the error it throws instead of stopping the read.
    func attempt(_ body: () throws -> Void) {
        do {
            try body()
        } catch let error as ConfigurationError {
            errors.append(contentsOf: error.all)
        } catch {
            errors.append(ConfigurationError(file: file, line: 0, column: 0, message: "\(error)"))
        }
    }

    /// The key/value pairs of a mapping, in order. Keys outside `allowed` (nil allows any) are
    /// reported, with a suggestion, and left out.
    func mapping(_ node: Node, allowed: Set<String>?) throws -> [(String, Node)] {
        guard case .mapping(let mapping) = node else { throw error(node, "expected a mapping") }
        var result: [(String, Node)] = []
        for (key, value) in mapping {
            guard let name = key.string else {
                guard collectsUnknownKeys else { throw error(key, "expected a string key") }
                report(error(key, "expected a string key"))
                continue
            }
            if let allowed, !allowed.contains(name) {
                let problem = error(key, "unknown key '\(name)'\(SpellingSuggestion.hint(for: name, among: allowed)) "
                                         + "(expected one of: \(allowed.sorted().joined(separator: ", ")))")
                guard collectsUnknownKeys else { throw problem }
                report(problem)
                continue
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

    func boolean(_ node: Node) throws -> Bool {
        guard case .scalar(let scalar) = node else { throw error(node, "expected true or false") }
        switch scalar.string {
        case "true": return true
        case "false": return false
        default: throw error(node, "expected true or false, not '\(scalar.string)'")
        }
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
