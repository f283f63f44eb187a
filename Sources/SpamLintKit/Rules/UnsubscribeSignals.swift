import Foundation

/// Recognises unsubscribe links and the unsubscribe placeholders of common ESPs and template engines.
enum UnsubscribeSignals {
    /// Lower-case fragments that mark an unsubscribe or preferences link in an href, a placeholder
    /// or link text, in the languages marketing mail is most often written in.
    static let fragments = [
        "unsub", "opt-out", "optout", "opt_out", "opt out", "preference", "manage-subscription", "manage_subscription",
        "manage your subscription", "email-settings", "email settings", "abmelden", "abbestellen", "desinscri", "désinscri",
        "desabonn", "désabonn", "darse de baja", "darte de baja", "cancelar suscripci", "afmelden", "disiscri", "annulla iscrizione",
        "cancelar inscri", "descadastr", "wypisz", "avregistrer", "afmeld", "отписат", "配信停止", "退订", "취소", "asm_group_unsubscribe",
        "asm_global_unsubscribe", "asm_preferences", "unsub_center", "list-unsubscribe",
    ]

    static func matches(_ text: String) -> Bool {
        var text = text
        if let found = text.withUTF8({ ASCIIByte.allASCII($0) ? asciiMatches($0) : nil }) { return found }
        var lower = text.lowercased()
        guard TextSearch.isASCII(lower) else { return fragments.contains { TextSearch.contains(lower, $0) } }
        return lower.withUTF8(asciiMatches)
    }

    /// True when a fragment occurs in ASCII text compared case-insensitively, which is where it occurs in the
    /// lower-cased text.
    static func asciiMatches(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { asciiFragments.occurs(in: bytes) }

    private static let asciiFragments = LiteralSet(fragments.filter(TextSearch.isASCII).map { Array($0.utf8) }, ignoringASCIICase: true)

    /// The single-bracket unsubscribe tags ESPs fill in, lower-cased, without brackets. Square brackets are
    /// no template syntax of their own, so `[UNSUBSCRIBE_LINK]` or `[UnsubscribeURL]` that no ESP knows is
    /// sent as written: a dead link, not an unsubscribe. Sources: SendGrid Marketing Campaigns
    /// (`[Unsubscribe]`, `[Unsubscribe_Preferences]`, as in sendgrid/email-templates), Sendy (`[unsubscribe]`,
    /// sendy.co), phpList (`[UNSUBSCRIBE]`, `[UNSUBSCRIBEURL]`, `[PREFERENCES]`, `[PREFERENCESURL]`, phpList
    /// manual "Placeholders"), MailPoet shortcodes (`[link:subscription_unsubscribe_url]`). Each holds one of
    /// `fragments`. Double brackets (Mailjet `[[UNSUB_LINK_EN]]`) are template syntax.
    static let bracketPlaceholders: Set<String> = [
        "unsubscribe", "unsubscribe_preferences", "unsubscribeurl", "preferences", "preferencesurl",
        "link:subscription_unsubscribe_url",
    ]

    /// The name inside a single-bracket tag (`[Unsubscribe]` gives `unsubscribe`); nil for anything else,
    /// double-bracket template syntax included.
    static func singleBracketName(_ text: String) -> String? {
        let trimmed = text.trimmingWhitespace()
        guard trimmed.hasPrefix("["), trimmed.hasSuffix("]"), !trimmed.hasPrefix("[["), trimmed.count > 2 else { return nil }
        let name = trimmed.dropFirst().dropLast()
        guard !name.contains("["), !name.contains("]") else { return nil }
        return name.trimmingWhitespace().lowercased()
    }

    /// True when the link is an unsubscribe or preference-centre link (by href, placeholder or text).
    /// An href that is a bracket tag no ESP fills goes nowhere, whatever its text says.
    static func isUnsubscribeLink(_ link: Link) -> Bool {
        if let name = singleBracketName(link.href) { return bracketPlaceholders.contains(name) }
        return matches(link.href) || matches(link.text) || (link.placeholder.map(matches) ?? false)
    }

    /// True when the document's bodies hold an unsubscribe link or placeholder: the answer the linter worked
    /// out once for the document when the context carries it.
    static func bodyOffersUnsubscribe(_ document: EmailDocument, in context: RuleContext) -> Bool {
        context.facts?.bodyOffersUnsubscribe ?? workOutBodyOffersUnsubscribe(document)
    }

    /// The document's bodies, or those of a partial or layout it pulls in, offer unsubscription.
    static func workOutBodyOffersUnsubscribe(_ document: EmailDocument) -> Bool {
        TemplateComposition.documents(document).contains(where: bodiesOfferUnsubscribe)
    }

    /// This one document's bodies (not its partials) hold an unsubscribe link or placeholder.
    private static func bodiesOfferUnsubscribe(_ document: EmailDocument) -> Bool {
        if document.bodyLinks.contains(where: isUnsubscribeLink) { return true }
        // Wording around a link: "To unsubscribe from all updates, please click here."
        if document.htmlBodies.contains(where: { UnsubscribeWording.offersUnsubscribe(in: $0.visibleText, links: $0.links) })
            || document.textBodies.contains(where: { UnsubscribeWording.offersUnsubscribe(in: $0.text, links: $0.links) }) {
            return true
        }
        // A placeholder that renders the whole unsubscribe link (`{{{unsubscribe}}}`, `*|UNSUB|*`).
        let placeholderTexts = document.htmlBodies.map(\.visibleText) + document.textBodies.map(\.text)
        return placeholderTexts.contains { text in
            mayHoldPlaceholder(text) && containsUnsubscribePlaceholder(text)
        }
    }

    static func mayHoldPlaceholder(_ text: String) -> Bool {
        var bytes = text
        // On ASCII text the Foundation-equivalent search is a byte search: all openers in one pass.
        if let found = bytes.withUTF8({ ASCIIByte.allASCII($0) ? asciiOpenerOccurs(in: $0) : asciiBoundedOpenerOccurs(in: $0) }) {
            return found
        }
        return placeholderOpenerTexts.contains { TextSearch.contains(text, $0) }
    }

    /// `placeholderOpeners.occurs(in:)` in one plain pass: `%%` and `<%` hold a `%`, so the openers come down
    /// to `[`, `%`, `{{` and `*|` (the set's one-byte literals make it compare every literal at every byte).
    static func asciiOpenerOccurs(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: UInt8 = 0
        for byte in bytes {
            if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "%") { return true }
            if byte == UInt8(ascii: "{") && previous == UInt8(ascii: "{") || byte == UInt8(ascii: "|") && previous == UInt8(ascii: "*") {
                return true
            }
            previous = byte
        }
        return false
    }

    /// True when an opener's bytes occur with ASCII (or the text's edge) on both sides: no combining mark or
    /// prepended character can join such an occurrence to its neighbours, so Foundation finds it too.
    /// Nil when that does not settle it.
    private static func asciiBoundedOpenerOccurs(in bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        for index in bytes.indices {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "{") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "%") || byte == UInt8(ascii: "<")
                    || byte == UInt8(ascii: "[") else { continue }
            let length: Int
            switch byte {
            case UInt8(ascii: "%"), UInt8(ascii: "["): length = 1
            case UInt8(ascii: "{"): length = index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "{") ? 2 : 0
            case UInt8(ascii: "*"): length = index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "|") ? 2 : 0
            default: length = index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "%") ? 2 : 0
            }
            guard length > 0 else { continue }
            let before = index == 0 || bytes[index - 1] < 0x80
            let after = index + length == bytes.count || bytes[index + length] < 0x80
            if before && after { return true }
        }
        return nil
    }

    private static let placeholderOpenerTexts = ["{{", "*|", "%%", "<%", "[", "%"]
    static let placeholderOpeners = LiteralSet(placeholderOpenerTexts.map { Array($0.utf8) }, ignoringASCIICase: false)

    /// Lower-casing maps scalar by scalar and never makes or removes an ASCII delimiter, so the delimiters
    /// stand where they stood before lower-casing and each enclosed stretch is checked on its own.
    static func containsUnsubscribePlaceholder(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { buffer in
            let isASCII = ASCIIByte.allASCII(buffer)
            // Each enclosed stretch is a piece of the text, so on ASCII text no fragment in the whole means none in a piece.
            if isASCII, !asciiMatches(buffer) { return false }
            for (open, close) in placeholderDelimiters {
                var from = 0
                while let start = open.withUnsafeBufferPointer({ TextSearch.firstRange(of: $0, in: buffer, from: from) }) {
                    guard let end = close.withUnsafeBufferPointer({ TextSearch.firstRange(of: $0, in: buffer, from: start.upperBound) })
                    else { break }
                    let enclosed = UnsafeBufferPointer(rebasing: buffer[start.upperBound..<end.lowerBound])
                    if open == singleBracket {
                        // `[[…]]` is template syntax, matched as the other delimiters are; `[…]` only when an ESP fills it.
                        let name = String(decoding: enclosed, as: UTF8.self)
                        if name.hasPrefix("[") ? matches(name) : bracketPlaceholders.contains(name.trimmingWhitespace().lowercased()) {
                            return true
                        }
                    } else if isASCII ? asciiMatches(enclosed) : matches(String(decoding: enclosed, as: UTF8.self)) { return true }
                    from = end.upperBound
                }
            }
            return false
        }
    }

    private static let singleBracket = Array("[".utf8)

    private static let placeholderDelimiters: [(open: [UInt8], close: [UInt8])] =
        [("{{", "}}"), ("*|", "|*"), ("%%", "%%"), ("<%", "%>"), ("[", "]"), ("%", "%")].map { (Array($0.utf8), Array($1.utf8)) }
}
