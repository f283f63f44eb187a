/// Visible text set in a font too small to read: CSS `font-size` between 1 and 6 pixels, or
/// `<font size="1">` (HTML's smallest size). Text at 1px or less is hidden text, not tiny text.
@_spi(CLI) public struct TinyText: Sendable, Hashable, Codable {
    @_spi(CLI) public var text: String
    /// The declaration as written: `font-size:4px` or `<font size="1">`.
    @_spi(CLI) public var declaration: String
    /// The rendered size in CSS pixels (`<font size="1">` is x-small, 10px).
    @_spi(CLI) public var pixels: Double
    @_spi(CLI) public var position: SourcePosition

    @_spi(CLI) public init(text: String, declaration: String, pixels: Double, position: SourcePosition) {
        self.text = text
        self.declaration = declaration
        self.pixels = pixels
        self.position = position
    }

    /// True for `<font size>` small print (10px, readable but spam-typical) rather than a CSS size
    /// nobody can read.
    @_spi(CLI) public var isFontElement: Bool { declaration.hasPrefix("<font") }
}
