/// One MIME part as listed by `spamlint extract`: its place in the tree, type and encoding.
@_spi(CLI) public struct PartSummary: Sendable, Hashable, Codable {
    /// Dotted path in the MIME tree (`1`, `1.2`).
    @_spi(CLI) public var path: String
    @_spi(CLI) public var contentType: String
    @_spi(CLI) public var charset: String?
    @_spi(CLI) public var transferEncoding: String?
    @_spi(CLI) public var disposition: String?
    @_spi(CLI) public var filename: String?
    /// Decoded size in bytes.
    @_spi(CLI) public var size: Int
    @_spi(CLI) public var position: SourcePosition

    @_spi(CLI) public init(path: String, contentType: String, charset: String?, transferEncoding: String?, disposition: String?,
                filename: String?, size: Int, position: SourcePosition) {
        self.path = path
        self.contentType = contentType
        self.charset = charset
        self.transferEncoding = transferEncoding
        self.disposition = disposition
        self.filename = filename
        self.size = size
        self.position = position
    }
}
