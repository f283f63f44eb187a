/// What a message is for, as the bulk-mail rules need to know it: stated by the user, or read off
/// the headers and the wording. Transactional mail (receipts, order and shipping notices, password
/// resets, security alerts, invoices, account notices) is exempt from the List-Unsubscribe,
/// one-click, unsubscribe-link and postal-address requirements, as CAN-SPAM and Gmail exempt it.
///
/// The heuristic leans to "marketing": a message is transactional only when its subject (or, for a
/// template without subject or title, the start of its body) reads like a notice, neither the subject
/// nor the start of the body advertises (CAN-SPAM's primary-purpose test), and no list header marks it. Phishing dressed as a notice gains nothing here: it is caught by the link,
/// sender and authentication rules, which never ask for the purpose.
@_spi(CLI) public struct PurposeAssessment: Sendable, Hashable, Codable {
    @_spi(CLI) public enum Source: String, Sendable, Hashable, Codable {
        case frontMatter = "front-matter"
        case configuration
        case heuristic
    }

    @_spi(CLI) public var purpose: MailPurpose
    @_spi(CLI) public var source: Source
    /// Why, in words for `spamlint extract` and the README.
    @_spi(CLI) public var reason: String

    /// How much of the body's start the notice wording may sit in: a receipt says so at once.
    static let leadingCharacters = 1_000

    @_spi(CLI) public static func of(_ document: EmailDocument) -> PurposeAssessment {
        if let declared = document.declaredPurpose {
            switch declared.source {
            case .frontMatter:
                return PurposeAssessment(purpose: declared.purpose, source: .frontMatter, reason: "purpose: \(declared.purpose.rawValue) in front matter")
            case .configuration:
                return PurposeAssessment(purpose: declared.purpose, source: .configuration,
                                         reason: "purpose: \(declared.purpose.rawValue) in .spamlint.yml")
            }
        }
        // List-Id names a mailing list (RFC 2919); List-Unsubscribe alone does not decide, since some senders add it to notices too.
        if document.headers.contains("list-id") {
            return PurposeAssessment(purpose: .marketing, source: .heuristic, reason: "a List-Id header marks it as list mail")
        }
        if let precedence = document.headers.first("precedence"),
           ["bulk", "list", "junk"].contains(precedence.value.trimmingWhitespace().lowercased()) {
            return PurposeAssessment(purpose: .marketing, source: .heuristic, reason: "Precedence: \(precedence.value.trimmingWhitespace())")
        }
        // CAN-SPAM's primary-purpose test (16 CFR 316.3(a)(2)): a message that mixes a notice with an ad is
        // commercial when its subject reads as an ad or the notice does not open the body. A receipt followed
        // by "10% off your next order" is still a receipt; one that opens on "20% off" is not.
        let bodies = document.htmlBodies.map(\.visibleText) + document.textBodies.map(\.text)
        let bodyStart = String((bodies.first ?? "").prefix(leadingCharacters))
        let title = document.htmlBodies.first?.title.flatMap { PlaceholderTitle.contains($0) ? nil : $0 }
        let subject = (document.subject ?? title ?? "").trimmingWhitespace()
        if !subject.isEmpty {
            if MessagePurpose.soundsPromotional(subject) {
                return PurposeAssessment(purpose: .marketing, source: .heuristic, reason: "the subject has promotional wording (sale, offer, discount, shop now…)")
            }
            // A notice says what it is in its subject ("Your receipt", "Reset your password").
            guard MessagePurpose.soundsTransactional(subject) else {
                return PurposeAssessment(purpose: .marketing, source: .heuristic, reason: "the subject has no notice wording")
            }
        } else if !MessagePurpose.soundsTransactional(bodyStart) {
            // Only a template without a subject or title is judged by the start of its body.
            return PurposeAssessment(purpose: .marketing, source: .heuristic, reason: "the start of the body has no notice wording")
        }
        if MessagePurpose.opensWithAd(bodyStart) {
            return PurposeAssessment(purpose: .marketing, source: .heuristic,
                                     reason: "the body opens with promotional wording (sale, offer, discount, shop now…) before any notice")
        }
        let place = subject.isEmpty ? "the start of the body" : "the subject"
        return PurposeAssessment(purpose: .transactional, source: .heuristic,
                                 reason: "\(place) reads like a notice (receipt, order, shipping, password, security, invoice, account, subscription) and no ad opens the body")
    }

    /// True when the bulk-mail requirements do not apply (the linter works the purpose out once per document).
    static func isTransactional(_ document: EmailDocument, in context: RuleContext) -> Bool {
        (context.facts?.purpose ?? of(document)).purpose == .transactional
    }
}
