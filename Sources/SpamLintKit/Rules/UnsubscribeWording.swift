/// Footers that offer the way out in words around a link rather than in the link's own text:
/// "To unsubscribe from all updates, please click here", "If you prefer not to receive promotional
/// email, click here", "Abmelden können Sie sich hier". The wording is data
/// (`Rules/lists/unsubscribe-wording.txt`), matched over the text layer's tokens.
enum UnsubscribeWording {
    static let phrases = PhraseList(listText: BuiltInRuleFiles.text("lists/unsubscribe-wording.txt") ?? "")

    /// How many characters of visible text on either side of the wording still belong to its sentence,
    /// where the link that carries it must stand.
    static let sentenceReach = 160

    /// True when the visible text holds unsubscribe wording with one of the links' texts in its sentence.
    static func offersUnsubscribe(in visibleText: String, links: [Link]) -> Bool {
        // Only a link that goes somewhere carries the offer: `[UNSUBSCRIBE_LINK]` sent as written does not.
        let usable = links.filter { $0.isDynamic || ["http", "https", "mailto"].contains($0.scheme ?? "") }
        let linkTexts = Set(usable.map { SpacedText.collapse($0.text) }.filter { !$0.isEmpty })
        guard !linkTexts.isEmpty else { return false }
        return phrases.matches(in: visibleText).contains { match in
            let start = visibleText.index(match.range.lowerBound, offsetBy: -sentenceReach, limitedBy: visibleText.startIndex)
                ?? visibleText.startIndex
            let end = visibleText.index(match.range.upperBound, offsetBy: sentenceReach, limitedBy: visibleText.endIndex)
                ?? visibleText.endIndex
            let sentence = visibleText[start..<end]
            return linkTexts.contains { sentence.contains($0) }
        }
    }
}
