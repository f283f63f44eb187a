/// One mailbox read from an address header (From, To, Reply-To, Return-Path…).
public struct MailAddress: Sendable, Hashable {
    /// The phrase before `<…>` (or a trailing comment for `a@b (Name)`), unquoted, unescaped,
    /// RFC 2047 decoded and whitespace-collapsed; nil when absent or empty.
    public var displayName: String?
    /// `localPart@domain`, with the domain lower-cased.
    public var address: String
    /// The part before the last `@`, as written (a quoted local part keeps its quotes).
    public var localPart: String
    /// Lower-case domain without a trailing dot.
    public var domain: String

    public init(displayName: String?, address: String, localPart: String, domain: String) {
        self.displayName = displayName
        self.address = address
        self.localPart = localPart
        self.domain = domain
    }
}
