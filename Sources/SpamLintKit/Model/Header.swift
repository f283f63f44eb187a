/// One header field of a message (or of a template's front matter), unfolded and decoded.
@_spi(CLI) public struct Header: Sendable, Hashable, Codable {
    /// The field name as written (`List-Unsubscribe`).
    @_spi(CLI) public var name: String
    /// The value after unfolding and RFC 2047 decoding.
    @_spi(CLI) public var value: String
    /// The unfolded value before RFC 2047 decoding.
    @_spi(CLI) public var rawValue: String
    @_spi(CLI) public var position: SourcePosition

    @_spi(CLI) public init(name: String, value: String, rawValue: String? = nil, position: SourcePosition) {
        self.name = name
        self.value = value
        self.rawValue = rawValue ?? value
        self.position = position
    }
}
