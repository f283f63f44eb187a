/// Something wrong with the input that was read around rather than failing on it
/// (broken MIME, bad base64, unknown charset). Rules report these as findings.
@_spi(CLI) public struct ReadProblem: Sendable, Hashable, Codable {
    @_spi(CLI) public enum Kind: String, Sendable, Hashable, Codable {
        case missingClosingBoundary = "missing-closing-boundary"
        case missingBoundaryParameter = "missing-boundary-parameter"
        case invalidBase64 = "invalid-base64"
        case invalidQuotedPrintable = "invalid-quoted-printable"
        case unknownCharset = "unknown-charset"
        case invalidUTF8 = "invalid-utf8"
        case malformedHeader = "malformed-header"
        case nestingTooDeep = "nesting-too-deep"
        case malformedFrontMatter = "malformed-front-matter"
        case styleSheetTooLarge = "style-sheet-too-large"
        case tooManyAttributes = "too-many-attributes"
        case htmlTooCostly = "html-too-costly"
    }

    @_spi(CLI) public var kind: Kind
    @_spi(CLI) public var message: String
    @_spi(CLI) public var position: SourcePosition

    @_spi(CLI) public init(kind: Kind, message: String, position: SourcePosition) {
        self.kind = kind
        self.message = message
        self.position = position
    }
}
