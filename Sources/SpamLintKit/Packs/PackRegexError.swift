/// Why a pack regex was refused: invalid, too long, or shaped for catastrophic backtracking.
public struct PackRegexError: Error, Sendable {
    public var message: String
}
