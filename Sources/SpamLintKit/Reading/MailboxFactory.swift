import SpamLintInterop

/// Builds `Mailbox` values from header values, adding organizational domains.
enum MailboxFactory {
    static func mailboxes(in value: String, at position: SourcePosition) -> [Mailbox] {
        AddressListParser.parse(value).map { mailbox(from: $0, at: position) }
    }

    static func mailbox(from address: MailAddress, at position: SourcePosition) -> Mailbox {
        var domain = address.domain.lowercased().trimmingTrailingDots()
        if !domain.allSatisfy(\.isASCII) { domain = IDNA.toASCII(domain) ?? domain }
        return Mailbox(displayName: address.displayName, address: address.address, localPart: address.localPart,
                       domain: domain, organizationalDomain: OrganizationalDomain.of(domain) ?? domain, position: position)
    }
}
