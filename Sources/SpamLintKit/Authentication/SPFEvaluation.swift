/// What walking an SPF record through its includes and redirects found: the DNS lookups it costs
/// (RFC 7208 §4.6.4), the void lookups, and targets that have no usable SPF record.
@_spi(CLI) public struct SPFEvaluation: Sendable, Hashable, Codable {
    /// Mechanisms and modifiers that cost a DNS lookup (include, a, mx, ptr, exists, redirect), counted through every include.
    @_spi(CLI) public var lookups: Int
    /// Lookups that returned NXDOMAIN or no records.
    @_spi(CLI) public var voidLookups: Int
    /// `include:`/`redirect=` targets without exactly one valid SPF record.
    @_spi(CLI) public var brokenTargets: [String]
    /// Problems met inside included records (syntax errors, loops).
    @_spi(CLI) public var nestedProblems: [String]

    @_spi(CLI) public init(lookups: Int = 0, voidLookups: Int = 0, brokenTargets: [String] = [], nestedProblems: [String] = []) {
        self.lookups = lookups
        self.voidLookups = voidLookups
        self.brokenTargets = brokenTargets
        self.nestedProblems = nestedProblems
    }
}
