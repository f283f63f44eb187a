/// A MIME part that is not a body: its name, type and decoded size.
public struct Attachment: Sendable, Hashable, Codable {
    public var filename: String?
    public var contentType: String
    public var size: Int
    public var position: SourcePosition

    public init(filename: String?, contentType: String, size: Int, position: SourcePosition) {
        self.filename = filename
        self.contentType = contentType
        self.size = size
        self.position = position
    }
}
