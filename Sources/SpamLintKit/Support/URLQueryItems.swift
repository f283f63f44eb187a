extension ParsedURL {
    /// The path: everything in `rest` before `?` or `#`.
    var path: String {
        String(rest.prefix { $0 != "?" && $0 != "#" })
    }

    /// The query's `name=value` pairs in order, names lower-cased, values percent-decoded and `+`
    /// read as a space (form encoding, as redirect endpoints read them).
    var queryItems: [(name: String, value: String)] {
        guard let questionMark = rest.firstIndex(of: "?") else { return [] }
        let query = rest[rest.index(after: questionMark)...].prefix { $0 != "#" }
        return query.split(whereSeparator: { $0 == "&" || $0 == ";" }).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode: (Substring) -> String = { String($0).replacingOccurrences(of: ["+"], with: " ").removingPercentEncodingLeniently() }
            return (decode(parts[0]).lowercased(), parts.count > 1 ? decode(parts[1]) : "")
        }
    }
}
