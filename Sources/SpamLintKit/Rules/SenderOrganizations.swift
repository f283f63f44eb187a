/// The organizational domains the sender owns as far as the document tells: the From domains and
/// the configured sending domain. Links there are the sender's own.
enum SenderOrganizations {
    static func of(_ document: EmailDocument) -> Set<String> {
        var domains = Set(document.from.map(\.organizationalDomain))
        if let expected = document.expectedSendingDomain, let organization = OrganizationalDomain.of(expected) {
            domains.insert(organization)
        }
        return domains
    }
}
