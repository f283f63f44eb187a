import Foundation

/// A rule-pack regular expression (ICU syntax, as NSRegularExpression), compiled once when the
/// pack is loaded and guarded against catastrophic backtracking.
///
/// Patterns that can backtrack exponentially are rejected at load time: a group repeated by
/// `*`, `+` or `{…}` may not itself contain a quantifier or an alternation (`(a+)+`, `(a|aa)*`),
/// and backreferences are not allowed. Long inputs are searched in overlapping windows of
/// `window` UTF-16 units, so even a polynomial pattern costs time linear in the input (a match
/// that straddles two windows is found when it is at most `overlap` units long).
@_spi(CLI) public final class PackRegex: @unchecked Sendable, Hashable {
    // NSRegularExpression is immutable once created and documented as safe to share across threads.
    private let expression: NSRegularExpression
    @_spi(CLI) public let pattern: String

    @_spi(CLI) public static let maxPatternLength = 1_000
    static let window = 2_048
    static let overlap = 256

    @_spi(CLI) public init(_ pattern: String) throws(PackRegexError) {
        if let problem = PackRegex.safetyProblem(in: pattern) { throw PackRegexError(message: problem) }
        do {
            expression = try NSRegularExpression(pattern: pattern)
        } catch {
            throw PackRegexError(message: "invalid regular expression: \((error as NSError).localizedDescription)")
        }
        self.pattern = pattern
    }

    /// A value yields at most this many matches: a pattern like `\\w` must not turn a large body
    /// into millions of findings (the rule reports at most `PackRule.maxViolations` anyway).
    @_spi(CLI) public static let maxMatches = 1_000

    /// Non-overlapping matches in text order (empty matches are skipped), at most `maxMatches`.
    @_spi(CLI) public func matches(in text: String) -> [Range<String.Index>] {
        let length = (text as NSString).length
        var found: [Range<String.Index>] = []
        var acceptedEnd = 0
        var start = 0
        repeat {
            let end = min(length, start + PackRegex.window)
            let isLast = end == length
            // Matches starting in the overlap are left to the next window, which sees them whole.
            let acceptBefore = isLast ? length + 1 : end - PackRegex.overlap
            let options: NSRegularExpression.MatchingOptions = [.withTransparentBounds, .withoutAnchoringBounds]
            expression.enumerateMatches(in: text, options: options, range: NSRange(location: start, length: end - start)) { match, _, stop in
                guard let range = match?.range, range.length > 0, range.location >= acceptedEnd, range.location < acceptBefore,
                      let swiftRange = Range(range, in: text) else { return }
                found.append(swiftRange)
                acceptedEnd = range.location + range.length
                if found.count >= PackRegex.maxMatches { stop.pointee = true }
            }
            if isLast || found.count >= PackRegex.maxMatches { break }
            start = end - PackRegex.overlap
        } while true
        return found
    }

    /// Why the pattern is refused, or nil when it is safe to run.
    static func safetyProblem(in pattern: String) -> String? {
        if pattern.isEmpty { return "empty regular expression" }
        if pattern.count > maxPatternLength { return "regular expression longer than \(maxPatternLength) characters" }
        let characters = Array(pattern)
        // Per open group: whether it holds a quantifier or an alternation.
        var groups: [Bool] = []
        var closedGroupIsAmbiguous = false
        var index = 0
        while index < characters.count {
            let character = characters[index]
            var justClosedAmbiguousGroup = false
            // An escape or a class after a group is a new atom: a quantifier after it repeats only it.
            if character == "\\" || character == "[" { closedGroupIsAmbiguous = false }
            switch character {
            case "\\":
                guard index + 1 < characters.count else { return nil }
                let escaped = characters[index + 1]
                if escaped.isNumber && escaped != "0" || escaped == "k" {
                    return "backreferences are not allowed in rule-pack regular expressions"
                }
                if escaped == "Q" {
                    // \Q…\E is literal text.
                    var end = index + 2
                    while end + 1 < characters.count, !(characters[end] == "\\" && characters[end + 1] == "E") { end += 1 }
                    index = end + 2
                    continue
                }
                index += 2
                continue
            case "[":
                index = endOfCharacterClass(characters, from: index)
                continue
            case "(":
                groups.append(false)
                // `(?:`, `(?i)`, `(?<name>`, lookarounds: the `?` opens a group kind, it repeats nothing.
                if index + 1 < characters.count, characters[index + 1] == "?" {
                    closedGroupIsAmbiguous = false
                    index += 2
                    continue
                }
            case ")":
                let ambiguous = groups.popLast() ?? false
                justClosedAmbiguousGroup = ambiguous
                if ambiguous, !groups.isEmpty { groups[groups.count - 1] = true }
            case "|":
                if !groups.isEmpty { groups[groups.count - 1] = true }
            case "*", "+", "{":
                if character == "{", !isQuantifierBrace(characters, at: index) { break }
                if closedGroupIsAmbiguous {
                    return "nested quantifier: a group repeated by *, + or {…} may not contain a quantifier or '|' (catastrophic backtracking)"
                }
                if !groups.isEmpty { groups[groups.count - 1] = true }
            case "?":
                // After a group it repeats at most once, which cannot blow up; inside a group it counts as a quantifier.
                if !groups.isEmpty { groups[groups.count - 1] = true }
            default:
                break
            }
            closedGroupIsAmbiguous = justClosedAmbiguousGroup
            index += 1
        }
        return nil
    }

    private static func isQuantifierBrace(_ characters: [Character], at index: Int) -> Bool {
        var end = index + 1
        var sawDigit = false
        while end < characters.count, characters[end].isASCII, characters[end].isNumber || characters[end] == "," {
            if characters[end].isNumber { sawDigit = true }
            end += 1
        }
        return sawDigit && end < characters.count && characters[end] == "}"
    }

    /// The index after the `]` closing the class at `start` (ICU sets may nest).
    private static func endOfCharacterClass(_ characters: [Character], from start: Int) -> Int {
        var depth = 0
        var index = start
        while index < characters.count {
            switch characters[index] {
            case "\\": index += 1
            case "[": depth += 1
            case "]":
                // A `]` right after the opening `[` (or `[^`) is literal.
                let previous = index > 0 ? characters[index - 1] : " "
                if !(previous == "[" || (previous == "^" && index >= 2 && characters[index - 2] == "[")) {
                    depth -= 1
                    if depth == 0 { return index + 1 }
                }
            default: break
            }
            index += 1
        }
        return characters.count
    }

    @_spi(CLI) public static func == (lhs: PackRegex, rhs: PackRegex) -> Bool { lhs.pattern == rhs.pattern }
    @_spi(CLI) public func hash(into hasher: inout Hasher) { hasher.combine(pattern) }
}
