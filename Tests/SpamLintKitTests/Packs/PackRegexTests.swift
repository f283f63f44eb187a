import Foundation
import Testing
@_spi(CLI) @testable import SpamLintKit

/// Pack regexes run on RE2: linear time whatever the pattern, RE2's syntax, and clear errors for
/// what RE2 leaves out.
struct PackRegexTests {
    /// A generated paragraph of 3,000 characters with no `=` and no `@`: where a backtracking engine
    /// tries every split of the text between the adjacent unbounded quantifiers (`.*.*=` took 25 s on
    /// ICU, `.*.*.*=` and `\w*\w*\w*@` over 120 s).
    static let paragraph = String((0..<600).map { "word\($0 % 10) " }.joined().prefix(3_000))

    @Test(arguments: [".*.*=", ".*.*.*=", "\\w*\\w*\\w*@", "\\w*\\s*\\w*\\s*\\w*@", "(a+)+$", "(\\w+\\s?)+=", "(.*)*(.*)*x="])
    func adjacentAndNestedQuantifiersRunInLinearTime(pattern: String) throws {
        let regex = try PackRegex(pattern)
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            #expect(regex.matches(in: Self.paragraph).isEmpty, "\(pattern)")
        }
        #expect(elapsed < .seconds(2), "\(pattern): \(elapsed)")
        // The same pattern still finds what is there: a match up to the mark the paragraph now ends with.
        let marked = Self.paragraph + (pattern.hasSuffix("@") ? "x@" : pattern.hasSuffix("x=") ? "x=" : pattern.hasSuffix("$") ? "aaa" : "=")
        #expect(regex.matches(in: marked).count == 1, "\(pattern)")
    }

    @Test func reproducerLintsFastWithTheRightVerdict() throws {
        for pattern in [".*.*=", ".*.*.*=", "\\w*\\w*\\w*@"] {
            let rule = try PackMatcherTests.rule("target: body-text\nregex: '\(pattern)'")
            let clean = "<p>\(Self.paragraph)</p>"
            let clock = ContinuousClock()
            var violations: [Violation] = []
            let elapsed = clock.measure { violations = PackMatcherTests.violations(rule, clean) }
            #expect(violations.isEmpty && elapsed < .seconds(2), "\(pattern): \(elapsed)")
            let hit = PackMatcherTests.violations(rule, "<p>\(Self.paragraph) key=value a@b</p>")
            #expect(hit.count == 1, "\(pattern)")
            #expect(hit.first.map { $0.evidence.hasSuffix("=") || $0.evidence.hasSuffix("@") } == true, "\(hit.map(\.evidence))")
        }
    }

    /// What RE2 cannot match in linear time it does not parse; the error names the feature and the piece.
    @Test(arguments: [
        ("(a)\\1", "backreferences '\\1' are not supported"), ("(?P<n>a)\\k<n>", "backreferences '\\k'"), ("(?<n>a)", "named groups are written (?P<name>…)"),
        ("free(?= money)", "lookahead and lookbehind '(?=' are not supported"), ("(?!x)y", "lookahead and lookbehind '(?!'"),
        ("(?<=\\$)\\d+", "lookahead and lookbehind '(?<'"), ("(?<!x)y", "lookahead and lookbehind '(?<'"),
        ("(?>a+)b", "atomic groups '(?>' are not supported"), ("a++b", "possessive quantifiers '++' are not supported"),
        ("(unclosed", "missing closing ) '(unclosed'"), ("[a-", "missing closing ]"), ("a{2000}", "bad repetition count '{2000}'"),
        ("x**", "bad repetition operator '**'"), ("*x", "nothing to repeat '*'"), ("", "empty regular expression"),
    ])
    func unsupportedSyntaxIsRefusedWithAClearMessage(pattern: String, message: String) {
        #expect(throws: PackRegexError.self) { try PackRegex(pattern) }
        do {
            _ = try PackRegex(pattern)
        } catch {
            #expect(error.message.contains(message), "\(pattern): \(error.message)")
        }
    }

    @Test func hugePatternsAreRefused() {
        #expect(throws: PackRegexError.self) { try PackRegex(String(repeating: "a", count: PackRegex.maxPatternLength + 1)) }
        #expect(throws: PackRegexError.self) { try PackRegex("((((a{100}){100}){100}){100})") }
    }

    /// The semantics the README documents for packs: `(?i)` folds case per scalar in any script, `\p{…}`
    /// is Unicode, `\d`, `\w`, `\s` and `\b` are ASCII.
    @Test(arguments: [
        ("(?i)straße", "STRAßE", ["STRAßE"]), ("(?i)grüße", "GRÜSSE GRÜßE", ["GRÜßE"]), ("(?i)москва", "МОСКВА", ["МОСКВА"]),
        ("(?i)kelvin", "\u{212A}elvin", ["\u{212A}elvin"]), ("\\p{L}+", "Grüße, 東京!", ["Grüße", "東京"]),
        ("\\p{Greek}+", "abc αβγ", ["αβγ"]), ("\\p{Lu}\\p{Ll}+", "Ärger mit Öl", ["Ärger", "Öl"]), ("\\d+", "12 ١٢ ３", ["12"]),
        ("\\w+", "café", ["caf"]), ("\\bfree\\b", "free freedom", ["free"]), ("\\s", "a\u{A0}b", []), ("[[:^alpha:]]+", "ab12cd", ["12"]),
        ("^x", "xx\nx", ["x"]), ("(?m)^x", "xx\nx", ["x", "x"]), ("a.c", "a\nc abc", ["abc"]), ("(?s)a.c", "a\nc", ["a\nc"]),
    ])
    func documentedSemantics(pattern: String, text: String, expected: [String]) throws {
        let regex = try PackRegex(pattern)
        #expect(regex.matches(in: text).map { String(text[$0]) } == expected, "\(pattern) on \(text.debugDescription)")
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

    @Test func matchesAreFoundAcrossALongTextAndEmptyMatchesAreSkipped() throws {
        let regex = try PackRegex("needle\\d")
        let text = String(repeating: "-", count: 5_000) + "needle1" + String(repeating: "ü", count: 20_000) + "needle2"
        #expect(regex.matches(in: text).map { String(text[$0]) } == ["needle1", "needle2"])
        let optional = try PackRegex("é*")
        let accented = "aébéé€"
        #expect(optional.matches(in: accented).map { String(accented[$0]) } == ["é", "éé"], "empty matches skip a whole scalar")
        let anchored = try PackRegex("^-")
        #expect(anchored.matches(in: text).count == 1, "^ matches only at the start of the value")
    }
}
