/// A parsed SPF record (RFC 7208 §4.6) with the syntax errors found on the way.
@_spi(CLI) public struct SPFRecord: Sendable, Hashable, Codable {
    @_spi(CLI) public var text: String
    @_spi(CLI) public var terms: [SPFTerm]
    /// Human-readable syntax errors; non-empty means the record is a permanent error.
    @_spi(CLI) public var syntaxErrors: [String]

    static let mechanisms: Set<String> = ["all", "include", "a", "mx", "ptr", "ip4", "ip6", "exists"]

    /// True for a TXT record that is an SPF record: `v=spf1` alone or followed by a space.
    @_spi(CLI) public static func isSPF(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower == "v=spf1" || lower.hasPrefix("v=spf1 ")
    }

    @_spi(CLI) public init(parsing text: String) {
        self.text = text
        var terms: [SPFTerm] = []
        var errors: [String] = []
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst()
        var modifiersSeen: Set<String> = []
        for word in words {
            let word = String(word)
            if let equals = word.firstIndex(of: "="), !word[..<equals].contains(":"), !word[..<equals].contains("/") {
                let name = word[..<equals].lowercased()
                let value = String(word[word.index(after: equals)...])
                guard name.first?.isLetter == true, name.allSatisfy({ $0.isLetter || $0.isNumber || "-_.".contains($0) }) else {
                    errors.append("malformed modifier '\(word)'")
                    continue
                }
                if (name == "redirect" || name == "exp") && !modifiersSeen.insert(name).inserted {
                    errors.append("modifier \(name)= appears more than once")
                }
                if (name == "redirect" || name == "exp") && value.isEmpty { errors.append("modifier \(name)= has no domain") }
                terms.append(SPFTerm(qualifier: nil, name: name, argument: value, isModifier: true))
                continue
            }
            var body = Substring(word)
            var qualifier: Character = "+"
            if let first = body.first, "+-~?".contains(first) {
                qualifier = first
                body = body.dropFirst()
            }
            let separator = body.firstIndex(where: { $0 == ":" || $0 == "/" })
            let name = (separator.map { body[..<$0] } ?? body).lowercased()
            var argument: String? = nil
            if let separator {
                argument = body[separator] == ":" ? String(body[body.index(after: separator)...]) : String(body[separator...])
            }
            guard Self.mechanisms.contains(name) else {
                errors.append("unknown mechanism '\(word)'")
                continue
            }
            if let problem = Self.problem(mechanism: name, argument: argument) { errors.append("\(problem) in '\(word)'") }
            terms.append(SPFTerm(qualifier: qualifier, name: name, argument: argument, isModifier: false))
        }
        self.terms = terms
        self.syntaxErrors = errors
    }

    private static func problem(mechanism: String, argument: String?) -> String? {
        switch mechanism {
        case "all":
            return argument == nil ? nil : "all takes no argument"
        case "include", "exists":
            guard let argument, !argument.isEmpty, !argument.hasPrefix("/") else { return "\(mechanism) needs a domain" }
            return nil
        case "ip4":
            guard let argument, !argument.isEmpty else { return "ip4 needs an address" }
            let parts = argument.split(separator: "/", omittingEmptySubsequences: false)
            let octets = parts[0].split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count <= 2, octets.count == 4, octets.allSatisfy({ UInt8($0) != nil }) else { return "invalid IPv4 address" }
            if parts.count == 2, (Int(parts[1]).map { $0 < 0 || $0 > 32 } ?? true) { return "invalid IPv4 prefix length" }
            return nil
        case "ip6":
            guard let argument, argument.contains(":") else { return "ip6 needs an address" }
            let parts = argument.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count <= 2, parts[0].allSatisfy({ $0.isHexDigit || $0 == ":" || $0 == "." }) else { return "invalid IPv6 address" }
            if parts.count == 2, (Int(parts[1]).map { $0 < 0 || $0 > 128 } ?? true) { return "invalid IPv6 prefix length" }
            return nil
        default:
            if let argument, argument.isEmpty { return "empty domain" }
            return nil
        }
    }

    /// The qualifier of the `all` mechanism, if the record has one.
    @_spi(CLI) public var allQualifier: Character? {
        terms.first { !$0.isModifier && $0.name == "all" }?.qualifier
    }

    @_spi(CLI) public var redirect: SPFTerm? {
        terms.first { $0.isModifier && $0.name == "redirect" }
    }
}
