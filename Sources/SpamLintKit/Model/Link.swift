/// A URL the recipient can follow or load, with where it came from.
public struct Link: Sendable, Hashable, Codable {
    public var kind: LinkKind
    /// The URL as written, template placeholders restored.
    public var href: String
    /// The visible text of the element (anchors and areas), whitespace collapsed.
    public var text: String
    /// Lower-case scheme (`https`, `mailto`), or nil for a relative or dynamic URL.
    public var scheme: String?
    /// Lower-case host (ASCII form), or nil.
    public var host: String?
    public var port: Int?
    /// True when a `user@` or `user:password@` stands before the host.
    public var hasUserInfo: Bool
    /// Registrable domain of the host, or nil for IP literals and dynamic links.
    public var organizationalDomain: String?
    /// True when the scheme or host is a template placeholder (`{{ unsubscribe_url }}`, `*|UNSUB|*`).
    public var isDynamic: Bool
    /// The template placeholder the link starts with, when dynamic.
    public var placeholder: String?
    /// Which part of the message the link is in.
    public var part: LinkPart
    public var position: SourcePosition
    /// True for an `<a>` whose content holds an `<img>` (a linked image, banner or button).
    public var wrapsImage: Bool

    public init(kind: LinkKind, href: String, text: String = "", scheme: String? = nil, host: String? = nil, port: Int? = nil,
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
