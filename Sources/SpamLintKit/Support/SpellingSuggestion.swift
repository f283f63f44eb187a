/// "Did you mean …?" for a mistyped name: the closest candidate by edit distance, when it is close
/// enough to be a typo rather than another word.
@_spi(CLI) public enum SpellingSuggestion {
    /// The candidate nearest to `word` (case-insensitive Levenshtein distance), if close enough to
    /// be a typo: 1 edit for words of up to 3 characters, 2 up to 8, 3 beyond (`form` → `from`);
    /// else the one candidate that extends a word of 3 or more characters (`warn` → `warning`).
    /// Ties go to the first in sorted order.
    @_spi(CLI) public static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
        let candidates = Array(candidates).sorted()
        let target = Array(word.lowercased().unicodeScalars)
        let allowed = target.count <= 3 ? 1 : (target.count <= 8 ? 2 : 3)
        var best: (distance: Int, name: String)?
        for candidate in candidates {
            let distance = editDistance(target, Array(candidate.lowercased().unicodeScalars), limit: allowed)
            guard distance <= allowed, distance < (best?.distance ?? .max) else { continue }
            best = (distance, candidate)
        }
        if let best { return best.name }
        let lowered = word.lowercased()
        let extensions = candidates.filter { lowered.count >= 3 && $0.lowercased().hasPrefix(lowered) }
        return extensions.count == 1 ? extensions[0] : nil
    }

    /// " (did you mean 'x'?)" or "".
    @_spi(CLI) public static func hint(for word: String, among candidates: some Sequence<String>) -> String {
        closest(to: word, among: candidates).map { " (did you mean '\($0)'?)" } ?? ""
    }

    /// Levenshtein distance, cut short once every cell of a row exceeds `limit` (the answer is then
    /// some value above `limit`): names are short, but a 900 KB key must not cost its square.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...max(1, a.count) where !a.isEmpty {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...max(1, b.count) where !b.isEmpty {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}
