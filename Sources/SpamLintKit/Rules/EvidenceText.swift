/// Keeps evidence readable: data: URIs and long URLs are cut to a prefix.
enum EvidenceText {
    static func shortened(_ text: String, limit: Int = 100) -> String {
        text.count > limit ? String(text.prefix(limit - 3)) + "..." : text
    }
}
