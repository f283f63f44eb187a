/// A MIME part that is not a body: its name, type and decoded size.
public struct Attachment: Sendable, Hashable, Codable {
    public var filename: String?
    public var contentType: String
    public var size: Int
    public var position: SourcePosition
    /// Content-Disposition type (`attachment`, `inline`), lower-case, or nil when none is declared.
    public var disposition: String?
    /// Names of the files inside, when the part is a ZIP archive whose directory could be read.
    public var archiveEntryNames: [String]

    public init(filename: String?, contentType: String, size: Int, position: SourcePosition,
                disposition: String? = nil, archiveEntryNames: [String] = []) {
        self.filename = filename
        self.contentType = contentType
        self.size = size
        self.position = position
        self.disposition = disposition
        self.archiveEntryNames = archiveEntryNames
    }
}
