import Testing
@_spi(CLI) @testable import SpamLintKit

/// The domain condition checks bytes for "@" and a trailing "." before any Character scan; it must
/// pick the same host and entry as the Character scans alone.
struct PackDomainConditionTests {
    /// The condition as it was: the part after the last "@" Character, trailing "." Characters dropped.
    static func reference(_ set: DomainSet, _ value: String) -> [String] {
        let host = value.lastIndex(of: "@").map { value[value.index(after: $0)...] } ?? Substring(value)
        guard let entry = set.match(String(host).trimmingTrailingDots()) else { return [] }
        return [String(value[host.startIndex..<host.endIndex]) + "→" + entry]
    }

    @Test func picksTheSameHostAsTheCharacterScans() {
        let set = DomainSet(["evil.example", "xyz", ".page.link"])
        let condition = PackCondition.domains(set)
        let values = [
            "evil.example", "www.evil.example", "evil.example.", "evil.example..", "a@evil.example", "a@b@mail.evil.example.",
            "x.xyz", "app.page.link", "page.link", "notevil.example", "", "@", "a@", ".", "..", "@evil.example",
            "a@\u{301}evil.example", "evil.example.\u{301}", "a\u{301}@evil.example", "\u{600}.", "evil.example\u{600}.",
            "ＥＶＩＬ.example", "EVIL.Example.", "a@@x.xyz", "x.xyz@", "évil.xyz.",
        ]
        var matched = 0
        for value in values {
            let expected = Self.reference(set, value)
            matched += expected.count
            let actual = condition.hits(in: value).map { String(value[$0.range]) + "→" + ($0.entry ?? "") }
            #expect(actual == expected, "\(value.debugDescription)")
        }
        #expect(matched > 8)
    }
}
