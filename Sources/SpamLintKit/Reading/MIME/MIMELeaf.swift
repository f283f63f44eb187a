/// One non-multipart part of a message, transfer-decoded and (for text) charset-decoded.
struct MIMELeaf: Sendable {
    /// Position in the MIME tree: `1`, `1.2`, … (`1` for a single-part message).
    var path: String
    /// The part's own headers (the top-level headers for a single-part message).
    var headers: HeaderList
    /// Lower-case media type, such as `text/html`.
    var contentType: String
    /// The declared charset, lower-case, or nil.
    var charset: String?
    /// The declared Content-Transfer-Encoding, lower-case, or nil.
    var transferEncoding: String?
    /// `attachment`, `inline` (lower-case) or nil; `attachment` for an undeclared message/rfc822.
    var disposition: String?
    /// Content-Disposition `filename` or Content-Type `name`, RFC 2231 / RFC 2047 decoded.
    var filename: String?
    /// The body after transfer decoding.
    var decoded: [UInt8]
    /// The body as text for `text/*` parts that are not attachments; nil otherwise.
    var text: String?
    /// Line of the file where the body starts.
    var bodyLine: Int
    /// True when line n of `text` is line `bodyLine + n` of the file (7bit/8bit/binary); false
    /// for quoted-printable and base64, whose decoding moves line breaks.
    var lineMapIsExact: Bool

    init(path: String, headers: HeaderList, contentType: String, charset: String?, transferEncoding: String?,
                disposition: String?, filename: String?, decoded: [UInt8], text: String?, bodyLine: Int,
                lineMapIsExact: Bool) {
        self.path = path
        self.headers = headers
        self.contentType = contentType
        self.charset = charset
        self.transferEncoding = transferEncoding
        self.disposition = disposition
        self.filename = filename
        self.decoded = decoded
        self.text = text
        self.bodyLine = bodyLine
        self.lineMapIsExact = lineMapIsExact
    }
}
