/// Why a pack regex was refused: empty, too long, or not valid RE2 syntax.
@_spi(CLI) public struct PackRegexError: Error, Sendable {
    @_spi(CLI) public var message: String
}
