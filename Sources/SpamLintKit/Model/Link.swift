/// A URL the recipient can follow or load, with where it came from.
@_spi(CLI) public struct Link: Sendable, Hashable, Codable {
    // Strings first, then the position, then the one-byte fields: declared in this order a link is
    // 128 bytes, not 160 (Swift lays stored properties out as declared); a file can hold millions.
    /// The URL as written, template placeholders restored.
    @_spi(CLI) public var href: String
    /// The visible text of the element (anchors and areas), whitespace collapsed.
    @_spi(CLI) public var text: String
    /// Lower-case scheme (`https`, `mailto`), or nil for a relative or dynamic URL.
    @_spi(CLI) public var scheme: String?
    /// Lower-case host (ASCII form), or nil.
    @_spi(CLI) public var host: String?
    /// Registrable domain of the host, or nil for IP literals and dynamic links.
    @_spi(CLI) public var organizationalDomain: String?
    /// The template placeholder the link starts with, when dynamic.
    @_spi(CLI) public var placeholder: String?
    @_spi(CLI) public var position: SourcePosition
    @_spi(CLI) public var port: Int?
    @_spi(CLI) public var kind: LinkKind
    /// Which part of the message the link is in.
    @_spi(CLI) public var part: LinkPart
    /// True when a `user@` or `user:password@` stands before the host.
    @_spi(CLI) public var hasUserInfo: Bool
    /// True when the scheme or host is a template placeholder (`{{ unsubscribe_url }}`, `*|UNSUB|*`).
    @_spi(CLI) public var isDynamic: Bool
    /// True for an `<a>` whose content holds an `<img>` (a linked image, banner or button).
    @_spi(CLI) public var wrapsImage: Bool
    /// UTF-8 offset of the element's start tag (`<`) in its body's `source`, for reports that mark
    /// the element in a copy; nil for header and text links and when the tag is not known.
    @_spi(CLI) public var tagOffset: Int?

    @_spi(CLI) public init(kind: LinkKind, href: String, text: String = "", scheme: String? = nil, host: String? = nil, port: Int? = nil,
                hasUserInfo: Bool = false, organizationalDomain: String? = nil, isDynamic: Bool = false,
                placeholder: String? = nil, part: LinkPart, position: SourcePosition, wrapsImage: Bool = false) {
        self.kind = kind
        self.href = href
        self.text = text
        self.scheme = scheme
        self.host = host
        self.port = port
        self.hasUserInfo = hasUserInfo
        self.organizationalDomain = organizationalDomain
        self.isDynamic = isDynamic
        self.placeholder = placeholder
        self.part = part
        self.position = position
        self.wrapsImage = wrapsImage
    }
}
