/// Whether two organizational domains plainly belong to one owner, read from their names alone: a
/// brand's other registrations (`lovepop.com` and `lovepopcards.com`, `acme.com` and `acme.co.uk`).
enum DomainKinship {
    /// A registrable label shorter than this (`ab`, `mail`) is too common a piece of other names to
    /// show kinship by containment; equal labels always do.
    static let minimumContainedLabel = 5

    /// True when the registrable labels (the organizational domain's first label) are equal, or one
    /// contains the other and the contained one is at least `minimumContainedLabel` characters long.
    static func sameOwner(_ first: String, _ second: String) -> Bool {
        if first == second { return true }
        let a = registrableLabel(first)
        let b = registrableLabel(second)
        guard !a.isEmpty, !b.isEmpty else { return false }
        if a == b { return true }
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        return short.count >= minimumContainedLabel && TextSearch.contains(String(long), String(short))
    }

    /// `lovepop` of `lovepop.com` (organizational domains are lower-case already).
    static func registrableLabel(_ organizationalDomain: String) -> Substring {
        organizationalDomain.split(separator: ".", maxSplits: 1).first ?? ""
    }
}
