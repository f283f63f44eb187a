import SpamLintInterop

/// A rule-pack regular expression in RE2 syntax, compiled once when the pack is loaded. RE2 matches
/// in time linear in the text whatever the pattern, so no pattern needs refusing for its shape;
/// what RE2 cannot run in linear time (backreferences, lookaround) it does not accept, and the
/// pack error says so.
@_spi(CLI) public final class PackRegex: Sendable, Hashable {
    private let expression: LinearRegex
    @_spi(CLI) public var pattern: String { expression.pattern }

    @_spi(CLI) public static let maxPatternLength = 1_000

    @_spi(CLI) public init(_ pattern: String) throws(PackRegexError) {
        if pattern.isEmpty { throw PackRegexError(message: "empty regular expression") }
        if pattern.count > PackRegex.maxPatternLength {
            throw PackRegexError(message: "regular expression longer than \(PackRegex.maxPatternLength) characters")
        }
        do {
            expression = try LinearRegex(pattern)
        } catch {
            let place = error.offset.map { " (at character \($0 + 1) of the pattern)" } ?? ""
            throw PackRegexError(message: error.message + place)
        }
    }

    /// A value yields at most this many matches: a pattern like `\\w` must not turn a large body
    /// into millions of findings (the rule reports at most `PackRule.maxViolations` anyway).
    @_spi(CLI) public static let maxMatches = 1_000

    /// Non-overlapping matches in text order (empty matches are skipped), at most `maxMatches`.
    @_spi(CLI) public func matches(in text: String) -> [Range<String.Index>] {
        expression.matches(in: text, limit: PackRegex.maxMatches).compactMap { $0[0] }
    }

    @_spi(CLI) public static func == (lhs: PackRegex, rhs: PackRegex) -> Bool { lhs.pattern == rhs.pattern }
    @_spi(CLI) public func hash(into hasher: inout Hasher) { hasher.combine(pattern) }
}
