import Foundation

/// Finds `url(…)` references in CSS text (inline styles and `<style>` blocks).
enum CSSURLScanner {
    static func urls(in css: String) -> [String] {
        guard css.contains("url(") || css.contains("URL(") else { return [] }
        var found: [String] = []
        var remainder = Substring(css)
        while let range = remainder.range(of: "url(", options: .caseInsensitive) {
            let after = remainder[range.upperBound...]
            guard let close = after.firstIndex(of: ")") else { break }
            var value = after[..<close].trimmingWhitespace()
            if let first = value.first, first == "\"" || first == "'" {
                value.removeFirst()
                if value.last == first { value.removeLast() }
            }
            if !value.isEmpty { found.append(value) }
            remainder = after[close...]
        }
        return found
    }
}
