/// A MIME part that is not a body: its name, type and decoded size.
@_spi(CLI) public struct Attachment: Sendable, Hashable, Codable {
    @_spi(CLI) public var filename: String?
    @_spi(CLI) public var contentType: String
    @_spi(CLI) public var size: Int
    @_spi(CLI) public var position: SourcePosition
    /// Content-Disposition type (`attachment`, `inline`), lower-case, or nil when none is declared.
    @_spi(CLI) public var disposition: String?
    /// Names of the files inside, when the part is a ZIP archive whose directory could be read.
    @_spi(CLI) public var archiveEntryNames: [String]

    @_spi(CLI) public init(filename: String?, contentType: String, size: Int, position: SourcePosition,
                disposition: String? = nil, archiveEntryNames: [String] = []) {
        self.filename = filename
        self.contentType = contentType
        self.size = size
        self.position = position
        self.disposition = disposition
        self.archiveEntryNames = archiveEntryNames
    }
}
