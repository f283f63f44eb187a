import Foundation

/// A rough reading of a message's primary purpose in the sense of CAN-SPAM (16 CFR 316.3):
/// transactional or relationship content (a receipt, a password reset) versus an advertisement.
enum MessagePurpose {
    /// True when the wording is that of a receipt, statement, shipment, account or security notice.
    static func soundsTransactional(_ text: String) -> Bool {
        transactionalLiterals.mayMatch(text) && (transactionalWords.matches(text) ?? matches(transactional, text))
    }

    /// True when the wording advertises: sales, discounts, offers, shop-now calls.
    static func soundsPromotional(_ text: String) -> Bool {
        promotionalLiterals.mayMatch(text) && (promotionalWords.matches(text) ?? matches(promotional, text))
    }

    private static func matches(_ expression: NSRegularExpression, _ text: String) -> Bool {
        expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    private static func wordRegex(_ phrases: [String]) -> NSRegularExpression {
        // The phrases are constants; a typo must fail the test suite, not a user's run.
        try! NSRegularExpression(pattern: #"(?<![\p{L}\p{N}])(?:"# + phrases.joined(separator: "|") + #")(?![\p{L}\p{N}])"#,
                                 options: [.caseInsensitive])
    }

    static let transactional = wordRegex(transactionalPhrases)

    /// `transactional` without ICU where the text allows (see `WordPhraseMatcher`).
    static let transactionalWords = WordPhraseMatcher(transactionalPhrases)

    static let transactionalPhrases = [
        "receipts?", "invoices?", "statements?", "order (?:number|no\\.?|#|confirmation|confirmed|summary|details)", "your order",
        "has shipped", "shipping confirmation", "delivery (?:update|confirmation)", "tracking number", "password", "verify",
        "verification", "confirm your (?:email|account|address|subscription)", "activate your account", "account activation",
        "security alert", "sign-in", "login attempt", "payment (?:received|confirmation|failed)", "booking", "reservation",
        "itinerary", "(?:two|2)-factor", "one-time code", "Rechnung", "Bestellbestätigung", "facture", "commande", "pedido",
        "factura",
    ]

    /// One of these is part of every phrase of `transactional` (the ASCII start of "Bestellbestätigung" for that one).
    static let transactionalLiterals = RequiredLiterals([
        "receipt", "invoice", "statement", "order", "has shipped", "shipping confirmation", "delivery ", "tracking number", "password",
        "verify", "verification", "confirm your ", "activate your account", "account activation", "security alert", "sign-in",
        "login attempt", "payment ", "booking", "reservation", "itinerary", "-factor", "one-time code", "rechnung", "bestellbest",
        "facture", "commande", "pedido", "factura",
    ], caseInsensitive: true)

    /// One of these is part of every phrase of `promotional` ("promo" for "promoción").
    static let promotionalLiterals = RequiredLiterals([
        "sale", "% off", "discount", "coupon", "promo", "special offer", "deal", "shop now", "buy now", "limited time", "free shipping",
        "new arrivals", "newsletter", "exclusive", "save ", "best price", "clearance", "black friday", "cyber monday", "angebot",
        "rabatt", "soldes", "oferta",
    ], caseInsensitive: true)

    static let promotional = wordRegex(promotionalPhrases)

    /// `promotional` without ICU where the text allows.
    static let promotionalWords = WordPhraseMatcher(promotionalPhrases)

    static let promotionalPhrases = [
        "sale", "\\d+\\s?% off", "discounts?", "coupons?", "promo(?:tion)?(?: code)?", "special offers?", "deals?", "shop now",
        "buy now", "limited time", "free shipping", "new arrivals", "newsletter", "exclusive", "save \\d+", "save up to",
        "best price", "clearance", "black friday", "cyber monday", "Angebot", "Rabatt", "soldes", "promoción", "oferta",
    ]
}
