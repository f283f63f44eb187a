/// Text the recipient does not see because inline CSS hides it.
public struct HiddenText: Sendable, Hashable, Codable {
    public enum Reason: String, Sendable, Hashable, Codable {
        case displayNone = "display:none"
        case visibilityHidden = "visibility:hidden"
        case tinyFont = "font-size"
        case sameColorAsBackground = "color equals background"
        case zeroSize = "zero size"
        case opacityZero = "opacity:0"
    }

    public var text: String
    public var reason: Reason
    /// True when this is the first hidden block and sits before any visible text: the preheader.
    public var isLikelyPreheader: Bool
    public var position: SourcePosition

    public init(text: String, reason: Reason, isLikelyPreheader: Bool, position: SourcePosition) {
        self.text = text
        self.reason = reason
        self.isLikelyPreheader = isLikelyPreheader
        self.position = position
    }
}
