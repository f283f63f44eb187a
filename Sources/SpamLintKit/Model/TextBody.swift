/// A text/plain part.
@_spi(CLI) public struct TextBody: Sendable, Hashable, Codable {
    @_spi(CLI) public var text: String
    /// `text` with every template tag replaced by a space (see `HTMLBody.literalVisibleText`); not written to JSON.
    @_spi(CLI) public var literalText: String = ""
    @_spi(CLI) public var wordCount: Int
    /// Bare URLs found in the text.
    @_spi(CLI) public var links: [Link]
    @_spi(CLI) public var position: SourcePosition

    private enum CodingKeys: String, CodingKey { case text, wordCount, links, position }

    @_spi(CLI) public init(text: String, literalText: String, wordCount: Int, links: [Link], position: SourcePosition) {
        self.text = text
        self.literalText = literalText
        self.wordCount = wordCount
        self.links = links
        self.position = position
    }
}
