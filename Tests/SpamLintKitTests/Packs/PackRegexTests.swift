import Testing
@testable import SpamLintKit

struct PackRegexTests {
    @Test(arguments: ["(a+)+$", "(a*)*b", "(a|aa)+", "(?:x\\d+)*y", "((ab)*c)+", "(a+){2,}", "(\\w+\\s?)+$"])
    func catastrophicPatternsAreRefused(pattern: String) {
        #expect(PackRegex.safetyProblem(in: pattern) != nil, "\(pattern)")
    }

    @Test(arguments: ["free\\s+money", "(?i)\\bact now\\b", "(?:www\\.|mail\\.)?example\\.com", "[(+*]+x", "(ab)+c", "https?://[^\\s]+",
                      "a{2,3}", "\\Q(a+)+\\E", "(a|b)?c", "x{2}y"])
    func ordinaryPatternsAreAccepted(pattern: String) throws {
        #expect(PackRegex.safetyProblem(in: pattern) == nil, "\(pattern)")
        _ = try PackRegex(pattern)
    }

    @Test func backreferencesAndHugePatternsAreRefused() {
        #expect(PackRegex.safetyProblem(in: "(a)\\1") != nil)
        #expect(PackRegex.safetyProblem(in: String(repeating: "a", count: PackRegex.maxPatternLength + 1)) != nil)
    }

    @Test func matchesAcrossWindowsAreFoundOnceAndAnchorsKeepTheirMeaning() throws {
        let regex = try PackRegex("needle\\d")
        let text = String(repeating: "-", count: PackRegex.window - 3) + "needle1" + String(repeating: "-", count: 3 * PackRegex.window) + "needle2"
        #expect(regex.matches(in: text).map { String(text[$0]) } == ["needle1", "needle2"])
        let anchored = try PackRegex("^-")
        #expect(anchored.matches(in: text).count == 1, "^ matches only at the start of the text, not of each window")
    }
}
