/// A text/plain part.
public struct TextBody: Sendable, Hashable, Codable {
    public var text: String
    public var wordCount: Int
    /// Bare URLs found in the text.
    public var links: [Link]
    public var position: SourcePosition

    public init(text: String, wordCount: Int, links: [Link], position: SourcePosition) {
        self.text = text
        self.wordCount = wordCount
        self.links = links
        self.position = position
    }
}
