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
        var lower = text.lowercased()
        guard TextSearch.isASCII(lower) else { return fragments.contains { TextSearch.contains(lower, $0) } }
        // ASCII text holds no non-ASCII fragment; the rest are searched as bytes.
        return lower.withUTF8 { bytes in
            asciiFragments.contains { fragment in
                fragment.withUnsafeBufferPointer { TextSearch.firstRange(of: $0, in: bytes, from: 0) != nil }
            }
        }
    }

    private static let asciiFragments: [[UInt8]] = fragments.filter(TextSearch.isASCII).map { Array($0.utf8) }

    /// True when the link is an unsubscribe or preference-centre link (by href, placeholder or text).
    static func isUnsubscribeLink(_ link: Link) -> Bool {
        matches(link.href) || matches(link.text) || (link.placeholder.map(matches) ?? false)
    }

    /// True when the document's bodies hold an unsubscribe link or placeholder.
    static func bodyOffersUnsubscribe(_ document: EmailDocument) -> Bool {
        if document.bodyLinks.contains(where: isUnsubscribeLink) { return true }
        // A placeholder that renders the whole unsubscribe link (`{{{unsubscribe}}}`, `*|UNSUB|*`).
        let placeholderTexts = document.htmlBodies.map(\.visibleText) + document.textBodies.map(\.text)
        return placeholderTexts.contains { text in
            ["{{", "*|", "%%", "<%", "[", "%"].contains { TextSearch.contains(text, $0) } && containsUnsubscribePlaceholder(text)
        }
    }

    private static func containsUnsubscribePlaceholder(_ text: String) -> Bool {
        let lower = text.lowercased()
        // Delimiters are ASCII, so their byte offsets are character boundaries of `lower`.
        let bytes = Array(lower.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            for (open, close) in [("{{", "}}"), ("*|", "|*"), ("%%", "%%"), ("<%", "%>"), ("[", "]"), ("%", "%")] {
                let openBytes = Array(open.utf8)
                let closeBytes = Array(close.utf8)
                var from = 0
                while let start = openBytes.withUnsafeBufferPointer({ TextSearch.firstRange(of: $0, in: buffer, from: from) }) {
                    guard let end = closeBytes.withUnsafeBufferPointer({ TextSearch.firstRange(of: $0, in: buffer, from: start.upperBound) })
                    else { break }
                    if matches(String(decoding: buffer[start.upperBound..<end.lowerBound], as: UTF8.self)) { return true }
                    from = end.upperBound
                }
            }
            return false
        }
    }
}
