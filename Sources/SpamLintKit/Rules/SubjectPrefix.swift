/// Reply and forward markers that mail clients put before a subject, in the languages clients
/// localise them to (`Re:`, `Fwd:`, `AW:`, `SV:`, `RV:`, `Odp:`, `回复：` …), also numbered
/// (`Re[2]:`, `Re(2):`) and repeated (`Re: Fwd:`).
enum SubjectPrefix {
    /// Lower-case markers; each is followed by `:` (or a full-width `：`) in a subject.
    static let markers: Set<String> = [
        "re", "fw", "fwd", "aw", "wg", "sv", "vs", "vb", "antw", "doorst", "rif", "i", "r", "tr", "res", "enc", "rv",
        "odp", "pd", "ynt", "ilt", "απ", "σχετ", "προθ", "отв", "ответ", "пересл", "fwd.", "re.",
        "回复", "回覆", "答复", "转发", "轉寄", "转", "返信", "転送", "답장", "전달", "תשובה", "השב", "رد", "إعادة توجيه",
    ]

    /// The prefixes a subject starts with (as written) and the rest of the subject.
    static func split(_ subject: String) -> (prefixes: [String], rest: Substring) {
        var rest = Substring(subject).drop { $0.isWhitespace }
        var prefixes: [String] = []
        while let colon = rest.firstIndex(where: { $0 == ":" || $0 == "：" }) {
            let head = rest[..<colon]
            guard head.count <= 16 else { break }
            // `Re[2]` and `Re(2)` count replies; the counter is not part of the marker.
            let marker = head.prefix { $0 != "[" && $0 != "(" }.trimmingTrailingWhitespace()
            let counter = head.dropFirst(marker.count).filter { !$0.isWhitespace }
            guard markers.contains(marker.lowercased()), counter.isEmpty || isCounter(counter) else { break }
            // Single letters (`R:`, `I:`) are markers only in upper case, as Italian clients write them.
            if marker.count == 1, marker.uppercased() != marker { break }
            prefixes.append(String(rest[...colon]))
            rest = rest[rest.index(after: colon)...].drop { $0.isWhitespace }
        }
        return (prefixes, rest)
    }

    private static func isCounter(_ text: String) -> Bool {
        guard let first = text.first, let last = text.last, (first == "[" && last == "]") || (first == "(" && last == ")") else {
            return false
        }
        return text.dropFirst().dropLast().allSatisfy(\.isNumber)
    }
}

extension Substring {
    func trimmingTrailingWhitespace() -> Substring {
        var text = self
        while let last = text.last, last.isWhitespace { text = text.dropLast() }
        return text
    }
}
