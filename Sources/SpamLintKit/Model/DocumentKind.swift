/// Whether a file is a raw RFC 5322 message or a template (HTML with template syntax).
public enum DocumentKind: String, Sendable, Hashable, Codable {
    case template
    case message
}
