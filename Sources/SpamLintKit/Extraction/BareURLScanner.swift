import Foundation

/// Finds bare URLs (`https://…`, `http://…`, `www.…`) in plain text with their line and column.
enum BareURLScanner {
    struct Match {
        var url: String
        var line: Int
        var column: Int
    }

    static func scan(_ text: String) -> [Match] {
        var matches: [Match] = []
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            guard line.contains("://") || line.contains("www.") || line.contains("WWW.") else { continue }
            var searchStart = line.startIndex
            while searchStart < line.endIndex, let start = nextStart(in: line, from: searchStart) {
                var end = line[start...].firstIndex { $0.isWhitespace || "<>\"'`{}|\\^".contains($0) } ?? line.endIndex
                while end > start, ".,;:!?)]>".contains(line[line.index(before: end)]) { end = line.index(before: end) }
                let url = String(line[start..<end])
                if url.count > 4 {
                    let column = line.unicodeScalars.distance(from: line.startIndex, to: start) + 1
                    matches.append(Match(url: url, line: lineNumber, column: column))
                }
                searchStart = end > start ? end : line.index(after: start)
            }
        }
        return matches
    }

    private static func nextStart(in line: Substring, from index: Substring.Index) -> Substring.Index? {
        let rest = line[index...]
        var best: Substring.Index?
        for prefix in ["https://", "http://", "HTTPS://", "HTTP://", "www.", "WWW."] {
            if let range = rest.range(of: prefix), best == nil || range.lowerBound < best! {
                var start = range.lowerBound
                if prefix.hasPrefix("www") || prefix.hasPrefix("WWW") {
                    // `www.` inside a longer word or URL is not a new URL.
                    if start > line.startIndex {
                        let previous = line[line.index(before: start)]
                        if previous.isLetter || previous.isNumber || previous == "/" || previous == "." || previous == "@" { continue }
                    }
                } else {
                    // Include a scheme written in mixed case (`Https://`) from the start of the word.
                    start = range.lowerBound
                }
                best = start
            }
        }
        return best
    }
}
