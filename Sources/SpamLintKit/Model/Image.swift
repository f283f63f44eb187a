/// An `<img>` element.
@_spi(CLI) public struct Image: Sendable, Hashable, Codable {
    @_spi(CLI) public var src: String
    /// nil when the attribute is absent; "" when present and empty (a decorative image).
    @_spi(CLI) public var alt: String?
    @_spi(CLI) public var width: Int?
    @_spi(CLI) public var height: Int?
    /// True when the image sits inside an `<a href>`.
    var isLinked: Bool
    /// True when the `<img>` itself is styled `display:none` (or has `hidden`): the open-tracking pixel idiom.
    var isHidden: Bool
    var position: SourcePosition
    /// UTF-8 offset of the `<img>` start tag in its body's `source` (see `Link.tagOffset`).
    var tagOffset: Int?

    init(src: String, alt: String?, width: Int?, height: Int?, isLinked: Bool, isHidden: Bool = false, position: SourcePosition,
         tagOffset: Int? = nil) {
        self.src = src
        self.alt = alt
        self.width = width
        self.height = height
        self.isLinked = isLinked
        self.isHidden = isHidden
        self.position = position
        self.tagOffset = tagOffset
    }

    /// Tracking pixels and spacers are at most this many CSS pixels wide or high (1×1 is the norm; ESPs
    /// also write 0 and 2).
    static let pixelMaximumSize = 2

    /// A tiny (0–2 px) image: a tracking pixel or spacer.
    var isPixel: Bool {
        if let width, width <= Image.pixelMaximumSize { return true }
        if let height, height <= Image.pixelMaximumSize { return true }
        return false
    }
}
