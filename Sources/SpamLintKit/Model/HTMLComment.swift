/// An HTML comment (`<!-- … -->`) in an HTML body. Unlike a template comment it is sent to recipients.
@_spi(CLI) public struct HTMLComment: Sendable, Hashable, Codable {
    /// The text between `<!--` and `-->`, template placeholders restored.
    @_spi(CLI) public var text: String
    /// Where the comment starts.
    @_spi(CLI) public var position: SourcePosition
    /// The line the comment ends on.
    @_spi(CLI) public var endLine: Int

    @_spi(CLI) public init(text: String, position: SourcePosition, endLine: Int) {
        self.text = text
        self.position = position
        self.endLine = endLine
    }
}
