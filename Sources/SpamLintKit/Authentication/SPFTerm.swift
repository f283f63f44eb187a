/// One term of an SPF record (RFC 7208 §4.6.1): a mechanism with its qualifier, or a modifier.
@_spi(CLI) public struct SPFTerm: Sendable, Hashable, Codable {
    /// `+`, `-`, `~` or `?`; mechanisms without one default to `+`. Nil for modifiers.
    @_spi(CLI) public var qualifier: Character?
    /// Lower-case mechanism or modifier name (`include`, `all`, `redirect`).
    @_spi(CLI) public var name: String
    /// What follows `:` (mechanisms) or `=` (modifiers), or a CIDR suffix (`/24`); nil when absent.
    @_spi(CLI) public var argument: String?
    @_spi(CLI) public var isModifier: Bool

    enum CodingKeys: String, CodingKey { case qualifier, name, argument, isModifier }

    @_spi(CLI) public init(qualifier: Character?, name: String, argument: String?, isModifier: Bool) {
        self.qualifier = qualifier
        self.name = name
        self.argument = argument
        self.isModifier = isModifier
    }

    @_spi(CLI) public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        qualifier = try container.decodeIfPresent(String.self, forKey: .qualifier)?.first
        name = try container.decode(String.self, forKey: .name)
        argument = try container.decodeIfPresent(String.self, forKey: .argument)
        isModifier = try container.decode(Bool.self, forKey: .isModifier)
    }

    @_spi(CLI) public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(qualifier.map(String.init), forKey: .qualifier)
        try container.encode(name, forKey: .name)
        try container.encodeIfPresent(argument, forKey: .argument)
        try container.encode(isModifier, forKey: .isModifier)
    }

    /// The domain a DNS-querying mechanism or modifier names (without a CIDR suffix), if it names one.
    @_spi(CLI) public var targetDomain: String? {
        guard var argument, !argument.isEmpty else { return nil }
        if !isModifier, let slash = argument.firstIndex(of: "/") { argument = String(argument[..<slash]) }
        if argument.hasPrefix("/") || argument.isEmpty { return nil }
        return argument.lowercased().trimmingTrailingDots()
    }

    /// True when the domain-spec uses SPF macros (`%{i}`), which need the connecting IP to expand.
    @_spi(CLI) public var usesMacros: Bool { argument?.contains("%") ?? false }
}
