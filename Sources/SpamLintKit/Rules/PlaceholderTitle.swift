/// Titles that say nothing about a message: editor and template defaults ("Untitled document",
/// "Email Template"). The title-mismatch rule ignores them, and the purpose heuristic reads the
/// body instead of them.
enum PlaceholderTitle {
    static let titles: Set<String> = [
        "untitled", "untitled document", "document", "email", "e-mail", "newsletter", "title", "template", "email template",
        "html email", "html", "page", "index", "message", "html message", "email message", "mail", "notification", "preview", "no title",
        "(no subject)",
    ]

    static func contains(_ title: String) -> Bool { titles.contains(title.trimmingWhitespace().lowercased()) }
}
