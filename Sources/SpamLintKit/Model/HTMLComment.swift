/// An HTML comment (`<!-- … -->`) in an HTML body. Unlike a template comment it is sent to recipients.
public struct HTMLComment: Sendable, Hashable, Codable {
    /// The text between `<!--` and `-->`, template placeholders restored.
    public var text: String
    /// Where the comment starts.
    public var position: SourcePosition
    /// The line the comment ends on.
    public var endLine: Int

    public init(text: String, position: SourcePosition, endLine: Int) {
        self.text = text
        self.position = position
        self.endLine = endLine
    }
}
