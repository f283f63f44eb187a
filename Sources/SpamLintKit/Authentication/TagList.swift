/// `tag=value; tag=value` lists as DKIM (RFC 6376 §3.2) and DMARC (RFC 7489 §6.4) write them.
enum TagList {
    /// Tags in order, names lower-cased, values trimmed; nil when a part has no `=`.
    static func parse(_ text: String) -> [(name: String, value: String)]? {
        var tags: [(name: String, value: String)] = []
        for part in text.split(separator: ";") {
            let trimmed = part.trimmingWhitespace()
            if trimmed.isEmpty { continue }
            guard let equals = trimmed.firstIndex(of: "=") else { return nil }
            let name = trimmed[..<equals].trimmingWhitespace().lowercased()
            let value = trimmed[trimmed.index(after: equals)...].trimmingWhitespace()
            tags.append((name, value))
        }
        return tags
    }
}
