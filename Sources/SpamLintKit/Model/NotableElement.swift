/// An element that matters to filters on its own: script, iframe, object, embed, form, meta refresh…
public struct NotableElement: Sendable, Hashable, Codable {
    /// Lower-case tag name.
    public var name: String
    /// A short excerpt of its attributes (`src=…`, `action=…`).
    public var detail: String
    public var position: SourcePosition

    public init(name: String, detail: String, position: SourcePosition) {
        self.name = name
        self.detail = detail
        self.position = position
    }
}
