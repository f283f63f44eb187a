/// An `<img>` element.
@_spi(CLI) public struct Image: Sendable, Hashable, Codable {
    @_spi(CLI) public var src: String
    /// nil when the attribute is absent; "" when present and empty (a decorative image).
    @_spi(CLI) public var alt: String?
    @_spi(CLI) public var width: Int?
    @_spi(CLI) public var height: Int?
    /// True when the image sits inside an `<a href>`.
    @_spi(CLI) public var isLinked: Bool
    @_spi(CLI) public var position: SourcePosition

    @_spi(CLI) public init(src: String, alt: String?, width: Int?, height: Int?, isLinked: Bool, position: SourcePosition) {
        self.src = src
        self.alt = alt
        self.width = width
        self.height = height
        self.isLinked = isLinked
        self.position = position
    }

    /// A 1×1 or 0-sized image: a tracking pixel or spacer.
    @_spi(CLI) public var isPixel: Bool {
        if let width, width <= 1 { return true }
        if let height, height <= 1 { return true }
        return false
    }
}
