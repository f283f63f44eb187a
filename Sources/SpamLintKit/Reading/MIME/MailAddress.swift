/// One mailbox read from an address header (From, To, Reply-To, Return-Path…).
struct MailAddress: Sendable, Hashable {
    /// The phrase before `<…>` (or a trailing comment for `a@b (Name)`), unquoted, unescaped,
    /// RFC 2047 decoded and whitespace-collapsed; nil when absent or empty.
    var displayName: String?
    /// `localPart@domain`, with the domain lower-cased.
    var address: String
    /// The part before the last `@`, as written (a quoted local part keeps its quotes).
    var localPart: String
    /// Lower-case domain without a trailing dot.
    var domain: String

    init(displayName: String?, address: String, localPart: String, domain: String) {
        self.displayName = displayName
        self.address = address
        self.localPart = localPart
        self.domain = domain
    }
}
