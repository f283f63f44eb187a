/// An `<img>` element.
public struct Image: Sendable, Hashable, Codable {
    public var src: String
    /// nil when the attribute is absent; "" when present and empty (a decorative image).
    public var alt: String?
    public var width: Int?
    public var height: Int?
    /// True when the image sits inside an `<a href>`.
    public var isLinked: Bool
    public var position: SourcePosition

    public init(src: String, alt: String?, width: Int?, height: Int?, isLinked: Bool, position: SourcePosition) {
        self.src = src
        self.alt = alt
        self.width = width
        self.height = height
        self.isLinked = isLinked
        self.position = position
    }

    /// A 1×1 or 0-sized image: a tracking pixel or spacer.
    public var isPixel: Bool {
        if let width, width <= 1 { return true }
        if let height, height <= 1 { return true }
        return false
    }
}
