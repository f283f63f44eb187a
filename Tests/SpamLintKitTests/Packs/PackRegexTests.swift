import Foundation
import Testing
@_spi(CLI) @testable import SpamLintKit

struct PackRegexTests {
    @Test(arguments: ["(a+)+$", "(a*)*b", "(a|aa)+", "(?:x\\d+)*y", "((ab)*c)+", "(a+){2,}", "(\\w+\\s?)+$"])
    func catastrophicPatternsAreRefused(pattern: String) {
        #expect(PackRegex.safetyProblem(in: pattern) != nil, "\(pattern)")
    }

    @Test(arguments: ["free\\s+money", "(?i)\\bact now\\b", "(?:www\\.|mail\\.)?example\\.com", "[(+*]+x", "(ab)+c", "https?://[^\\s]+",
                      "a{2,3}", "\\Q(a+)+\\E", "(a|b)?c", "x{2}y", "(a+)\\d+", "(a|b)[0-9]+", "(?i)(free|cheap)\\s+\\w+"])
    func ordinaryPatternsAreAccepted(pattern: String) throws {
        #expect(PackRegex.safetyProblem(in: pattern) == nil, "\(pattern)")
        _ = try PackRegex(pattern)
    }

    /// Rules run on all cores at once (LintRunner); a shared compiled regex must give every thread the same answer.
    @Test func compiledRegexIsSafeToShareAcrossThreads() throws {
        let regex = try PackRegex("(?i)act\\s+now")
        let texts = (0..<64).map { String(repeating: "word ", count: $0 * 10) + "Act now " + String(repeating: "x", count: $0) }
        final class Results: @unchecked Sendable {
            var counts = [Int](repeating: -1, count: 64)
            let lock = NSLock()
        }
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 64) { index in
            let count = regex.matches(in: texts[index]).count
            results.lock.lock()
            results.counts[index] = count
            results.lock.unlock()
        }
        #expect(results.counts == [Int](repeating: 1, count: 64))
    }

    @Test func matchesPerValueAreBounded() throws {
        let regex = try PackRegex("\\w")
        #expect(regex.matches(in: String(repeating: "ab ", count: 5_000)).count == PackRegex.maxMatches)
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
