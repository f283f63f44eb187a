/// Visible text set in a font too small to read: CSS `font-size` between 1 and 6 pixels, or
/// `<font size="1">` (HTML's smallest size). Text at 1px or less is hidden text, not tiny text.
public struct TinyText: Sendable, Hashable, Codable {
    public var text: String
    /// The declaration as written: `font-size:4px` or `<font size="1">`.
    public var declaration: String
    /// The rendered size in CSS pixels (`<font size="1">` is x-small, 10px).
    public var pixels: Double
    public var position: SourcePosition

    public init(text: String, declaration: String, pixels: Double, position: SourcePosition) {
        self.text = text
        self.declaration = declaration
        self.pixels = pixels
        self.position = position
    }

    /// True for `<font size>` small print (10px, readable but spam-typical) rather than a CSS size
    /// nobody can read.
    public var isFontElement: Bool { declaration.hasPrefix("<font") }
}
