/// Text the recipient does not see because inline CSS hides it.
@_spi(CLI) public struct HiddenText: Sendable, Hashable, Codable {
    @_spi(CLI) public enum Reason: String, Sendable, Hashable, Codable {
        case displayNone = "display:none"
        case visibilityHidden = "visibility:hidden"
        case tinyFont = "font-size"
        case sameColorAsBackground = "color equals background"
        case zeroSize = "zero size"
        case opacityZero = "opacity:0"
    }

    @_spi(CLI) public var text: String
    @_spi(CLI) public var reason: Reason
    /// True when this is the first hidden block and sits before any visible text: the preheader.
    @_spi(CLI) public var isLikelyPreheader: Bool
    @_spi(CLI) public var position: SourcePosition
    /// UTF-8 offset of the start tag of the element that hides the text, in its body's `source` (see `Link.tagOffset`).
    @_spi(CLI) public var tagOffset: Int?

    @_spi(CLI) public init(text: String, reason: Reason, isLikelyPreheader: Bool, position: SourcePosition, tagOffset: Int? = nil) {
        self.text = text
        self.reason = reason
        self.isLikelyPreheader = isLikelyPreheader
        self.position = position
        self.tagOffset = tagOffset
    }
}
