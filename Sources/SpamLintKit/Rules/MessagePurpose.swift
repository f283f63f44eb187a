/// A rough reading of a message's primary purpose in the sense of CAN-SPAM (16 CFR 316.3):
/// transactional or relationship content (a receipt, a password reset) versus an advertisement.
/// The wording is data: `Rules/lists/transactional-wording.txt` and `promotional-wording.txt`.
enum MessagePurpose {
    /// True when the wording is that of a receipt, statement, shipment, account or security notice.
    static func soundsTransactional(_ text: String) -> Bool { !transactional.matches(in: text).isEmpty }

    /// True when the wording advertises: sales, discounts, offers, shop-now calls.
    static func soundsPromotional(_ text: String) -> Bool { !promotional.matches(in: text).isEmpty }

    /// True when an ad comes first: a promotional phrase before any notice phrase. CAN-SPAM counts a
    /// message as commercial when its transactional content does not open the body (16 CFR 316.3(a)(2)(ii)).
    static func opensWithAd(_ text: String) -> Bool {
        guard let ad = promotional.matches(in: text).first?.range.lowerBound else { return false }
        guard let notice = transactional.matches(in: text).first?.range.lowerBound else { return true }
        return ad < notice
    }

    static let transactional = PhraseList(listText: BuiltInRuleFiles.text("lists/transactional-wording.txt") ?? "")
    static let promotional = PhraseList(listText: BuiltInRuleFiles.text("lists/promotional-wording.txt") ?? "")
}
