/// Why a pack regex was refused: invalid, too long, or shaped for catastrophic backtracking.
@_spi(CLI) public struct PackRegexError: Error, Sendable {
    @_spi(CLI) public var message: String
}
