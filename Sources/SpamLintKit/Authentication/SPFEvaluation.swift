/// What walking an SPF record through its includes and redirects found: the DNS lookups it costs
/// (RFC 7208 §4.6.4), the void lookups, and targets that have no usable SPF record.
public struct SPFEvaluation: Sendable, Hashable, Codable {
    /// Mechanisms and modifiers that cost a DNS lookup (include, a, mx, ptr, exists, redirect), counted through every include.
    public var lookups: Int
    /// Lookups that returned NXDOMAIN or no records.
    public var voidLookups: Int
    /// `include:`/`redirect=` targets without exactly one valid SPF record.
    public var brokenTargets: [String]
    /// Problems met inside included records (syntax errors, loops).
    public var nestedProblems: [String]

    public init(lookups: Int = 0, voidLookups: Int = 0, brokenTargets: [String] = [], nestedProblems: [String] = []) {
        self.lookups = lookups
        self.voidLookups = voidLookups
        self.brokenTargets = brokenTargets
        self.nestedProblems = nestedProblems
    }
}
