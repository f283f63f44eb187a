/// One MIME part as listed by `spamlint extract`: its place in the tree, type and encoding.
public struct PartSummary: Sendable, Hashable, Codable {
    /// Dotted path in the MIME tree (`1`, `1.2`).
    public var path: String
    public var contentType: String
    public var charset: String?
    public var transferEncoding: String?
    public var disposition: String?
    public var filename: String?
    /// Decoded size in bytes.
    public var size: Int
    public var position: SourcePosition

    public init(path: String, contentType: String, charset: String?, transferEncoding: String?, disposition: String?,
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
