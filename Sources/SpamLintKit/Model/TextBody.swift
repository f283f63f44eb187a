/// A text/plain part.
@_spi(CLI) public struct TextBody: Sendable, Hashable, Codable {
    @_spi(CLI) public var text: String
    @_spi(CLI) public var wordCount: Int
    /// Bare URLs found in the text.
    @_spi(CLI) public var links: [Link]
    @_spi(CLI) public var position: SourcePosition

    @_spi(CLI) public init(text: String, wordCount: Int, links: [Link], position: SourcePosition) {
        self.text = text
        self.wordCount = wordCount
        self.links = links
        self.position = position
    }
}
