/// An element that matters to filters on its own: script, iframe, object, embed, form, meta refresh…
@_spi(CLI) public struct NotableElement: Sendable, Hashable, Codable {
    /// Lower-case tag name.
    @_spi(CLI) public var name: String
    /// A short excerpt of its attributes (`src=…`, `action=…`).
    @_spi(CLI) public var detail: String
    @_spi(CLI) public var position: SourcePosition
    /// UTF-8 offset of its start tag in its body's `source` (see `Link.tagOffset`).
    @_spi(CLI) public var tagOffset: Int?

    @_spi(CLI) public init(name: String, detail: String, position: SourcePosition, tagOffset: Int? = nil) {
        self.name = name
        self.detail = detail
        self.position = position
        self.tagOffset = tagOffset
    }
}
