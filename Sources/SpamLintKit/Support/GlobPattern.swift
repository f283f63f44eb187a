/// Shell-style path globs as in `.gitignore` and ESLint: `*` and `?` within a path segment,
/// `**` across segments, `[abc]` classes. A pattern without `/` matches the file name anywhere.
public struct GlobPattern: Sendable, Hashable {
    public let pattern: String
    private let segments: [Substring]
    private let matchesNameAnywhere: Bool

    public init(_ pattern: String) {
        var text = pattern
        if text.hasPrefix("./") { text.removeFirst(2) }
        if text.hasSuffix("/") { text += "**" }
        self.pattern = pattern
        self.matchesNameAnywhere = !text.contains("/")
        self.segments = text.split(separator: "/", omittingEmptySubsequences: true)
    }

    /// Matches a `/`-separated path relative to the config's folder.
    public func matches(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        if matchesNameAnywhere {
            return parts.contains { GlobPattern.segmentMatches(Array(segments.first ?? ""), Array($0)) }
        }
        return GlobPattern.match(segments[...], parts[...])
    }

    /// Dynamic programming over (pattern segment, path segment): O(pattern × path) however many
    /// `**` a pattern has. Plain backtracking is exponential in the number of `**` (a config line
    /// like `**/a/**/a/**/a/…/b` against a deep path never finishes).
    private static func match(_ pattern: ArraySlice<Substring>, _ path: ArraySlice<Substring>) -> Bool {
        let pattern = Array(pattern), path = Array(path)
        // reachable[j]: the first i pattern segments can match the first j path segments.
        var reachable = [Bool](repeating: false, count: path.count + 1)
        reachable[0] = true
        for head in pattern {
            var next = [Bool](repeating: false, count: path.count + 1)
            if head == "**" {
                var seen = false
                for j in 0...path.count {
                    seen = seen || reachable[j]
                    next[j] = seen
                }
            } else {
                let headCharacters = Array(head)
                for j in 0..<path.count where reachable[j] && segmentMatches(headCharacters, Array(path[j])) {
                    next[j + 1] = true
                }
            }
            reachable = next
        }
        return reachable[path.count]
    }

    /// Iterative wildcard match with backtracking over the last `*` (linear in practice).
    static func segmentMatches(_ pattern: [Character], _ name: [Character]) -> Bool {
        var p = 0, n = 0
        var starP = -1, starN = 0
        while n < name.count {
            if p < pattern.count, pattern[p] == "[", let (matched, next) = classMatch(pattern, p, name[n]) {
                if matched { p = next; n += 1; continue }
            } else if p < pattern.count, pattern[p] == "?" || pattern[p] == name[n] {
                p += 1; n += 1; continue
            } else if p < pattern.count, pattern[p] == "*" {
                starP = p; starN = n; p += 1; continue
            }
            guard starP >= 0 else { return false }
            p = starP + 1
            starN += 1
            n = starN
        }
        while p < pattern.count, pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }

    private static func classMatch(_ pattern: [Character], _ start: Int, _ character: Character) -> (Bool, Int)? {
        var index = start + 1
        var negate = false
        if index < pattern.count, pattern[index] == "!" || pattern[index] == "^" { negate = true; index += 1 }
        var matched = false
        var first = true
        while index < pattern.count, pattern[index] != "]" || first {
            first = false
            if index + 2 < pattern.count, pattern[index + 1] == "-", pattern[index + 2] != "]" {
                if pattern[index] <= character && character <= pattern[index + 2] { matched = true }
                index += 3
            } else {
                if pattern[index] == character { matched = true }
                index += 1
            }
        }
        guard index < pattern.count else { return nil }
        return (matched != negate, index + 1)
    }
}
