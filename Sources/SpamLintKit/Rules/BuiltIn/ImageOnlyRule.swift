/// Flags HTML bodies made of images with (almost) no text.
struct ImageOnlyRule: Rule {
    init() {}

    /// Fewer visible words than this counts as "almost no text".
    static let minimumWords = 20

    let description = RuleDescription(
        id: "image-only", name: "Image-only body", category: .html, severity: .warning, score: 2.5,
        summary: "The HTML shows images but (almost) no text: fewer than 20 visible words besides an unsubscribe footer.",
        rationale: """
            Image-only mail is how spammers hide text from content filters, and most clients block images by \
            default, so recipients see an empty message. SpamAssassin HTML_IMAGE_ONLY_04…32, rspamd \
            R_SUSPICIOUS_IMAGES. A footer offering unsubscription in text ("If you no longer wish to hear from us, \
            click here to unsubscribe") is not the message: its sentences are not counted.
            """,
        fix: "Put the message in HTML text and keep images as illustrations with alt text.",
        triggeringExamples: [
            RuleExample(#"<html><body><a href="https://acme.example/sale"><img src="↓https://acme.example/sale.png" width="600" height="900"></a></body></html>"#),
            // The only text is the unsubscribe footer.
            RuleExample("""
                <html><body><a href="https://acme.example/offer"><img src="https://acme.example/offer.jpg" width="600" height="800"></a>
                <p>Copyright 2002 - All rights reserved If you would no longer like us to contact you or feel that you have
                received this email in error, please <a href="https://acme.example/u">click here to unsubscribe</a>.</p></body></html>
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                <html><body><img src="https://acme.example/logo.png" alt="Acme" width="120">
                <p>Our autumn collection is here: warm jackets, wool sweaters and boots for the season ahead.
                Members get early access this week and free returns on every order.</p></body></html>
                """),
            RuleExample("""
                <html><body><img src="https://acme.example/jackets.jpg" alt="Jackets" width="600" height="400">
                <p>Our autumn collection is here: warm jackets, wool sweaters and boots for the season ahead.
                Members get early access this week and free returns on every order.</p>
                <p>To stop receiving these emails, <a href="https://acme.example/u">unsubscribe here</a>.</p></body></html>
                """),
        ]
    )

    /// A longer stretch without sentence punctuation is body text that happens to mention unsubscribing.
    static let footerSentenceMaximumWords = 45

    /// Words of the sentences that offer unsubscription or removal in words (each at most
    /// `footerSentenceMaximumWords`): a sentence that says how ("click here to unsubscribe", "if you no longer
    /// wish…"), not a bare footer of link labels and address placeholders, which stays counted.
    static func footerWords(_ visibleText: String) -> Int {
        sentences(of: visibleText).reduce(0) { total, sentence in
            // The wording first: most sentences of a newsletter offer nothing, and that is one byte scan to tell.
            guard offersWayOut(sentence) else { return total }
            let words = SpacedText.wordCount(String(sentence))
            return words <= footerSentenceMaximumWords ? total + words : total
        }
    }

    /// The text split at each `.`, `!`, `?` and `|` that is a character of its own (not one a combining
    /// mark goes with), without the empty pieces.
    static func sentences(of text: String) -> [Substring] {
        var pieces: [Substring] = []
        var start = text.startIndex
        let utf8 = text.utf8
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            let next = utf8.index(after: index)
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "|"),
               text[index...].first?.unicodeScalars.count == 1 {
                if start < index { pieces.append(text[start..<index]) }
                start = next
            }
            index = next
        }
        if start < text.endIndex { pieces.append(text[start...]) }
        return pieces
    }

    /// True when the sentence says how to get out: an offer, and unsubscribe or removal wording. Both lists
    /// are ASCII, and the only non-ASCII characters that lower-case to ASCII letters are the Kelvin sign (to
    /// k, which none of them holds) and İ (to i plus a combining dot, which no phrase matches across), so an
    /// ASCII-case-blind byte scan finds them where the lower-cased text does.
    static func offersWayOut(_ sentence: Substring) -> Bool {
        var sentence = sentence
        let (offers, removal) = sentence.withUTF8 { bytes in (offerLiterals.occurs(in: bytes), removalLiterals.occurs(in: bytes)) }
        return offers && (removal || UnsubscribeSignals.matches(String(sentence)))
    }

    /// The older wording of opt-out footers, which never says "unsubscribe".
    static let removalWording = ["to be removed", "removed from", "remove you", "removal", "no longer wish", "no longer like"]

    /// How a footer sentence offers the way out.
    static let offerWording = ["click", "if you", "to unsubscribe", "unsubscribe here", "wish to", "no longer", "reply with", "to be removed"]

    private static let removalLiterals = LiteralSet(removalWording.map { Array($0.utf8) }, ignoringASCIICase: true)
    private static let offerLiterals = LiteralSet(offerWording.map { Array($0.utf8) }, ignoringASCIICase: true)

    func check(_ document: EmailDocument, in context: RuleContext) -> [Violation] {
        document.htmlBodies.compactMap { body in
            let images = body.images.filter { !$0.isPixel }
            guard let first = images.first else { return nil }
            let footer = ImageOnlyRule.footerWords(body.visibleText)
            let words = body.wordCount - footer
            guard words < ImageOnlyRule.minimumWords else { return nil }
            let besides = footer > 0 ? " besides the unsubscribe footer" : ""
            return Violation("\(images.count) image\(images.count == 1 ? "" : "s") and only \(words) visible word\(words == 1 ? "" : "s")\(besides)",
                             evidence: first.src, at: first.position)
        }
    }
}
