/// Which part of the message a link is in; the raw values are the JSON contract's strings.
@_spi(CLI) public enum LinkPart: String, Sendable, Hashable, Codable, CaseIterable {
    /// An HTML body (or an HTML template).
    case html
    /// A text/plain body (or a text template).
    case text
    /// A header such as List-Unsubscribe.
    case header
}
