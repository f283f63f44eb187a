/// An Authentication-Results header: who checked (authserv-id) and what they found.
@_spi(CLI) public struct AuthenticationResultsHeader: Sendable, Hashable, Codable {
    @_spi(CLI) public var authservID: String
    @_spi(CLI) public var results: [AuthenticationResult]
    @_spi(CLI) public var position: SourcePosition

    @_spi(CLI) public init(authservID: String, results: [AuthenticationResult], position: SourcePosition) {
        self.authservID = authservID
        self.results = results
        self.position = position
    }

    /// Parses the header value (RFC 8601 §2.2), tolerating the liberties real servers take:
    /// comments anywhere, `reason` with spaces around `=`, a version number after the authserv-id.
    @_spi(CLI) public init(parsing value: String, position: SourcePosition) {
        self.position = position
        let (text, comments) = Self.separateComments(value)
        var parts = Self.splitOutsideQuotes(text, on: ";")
        let head = (parts.first ?? "").trimmingWhitespace()
        let firstToken = head.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map { String($0).lowercased() } ?? ""
        // separateComments numbers the `;`-parts from the authserv-id's part, 0.
        let firstCommentPart: Int
        // Microsoft 365 writes no authserv-id: the value starts with `spf=…`. Its id is then empty.
        if firstToken.contains("=") {
            authservID = ""
            firstCommentPart = 0
        } else {
            authservID = firstToken
            parts = Array(parts.dropFirst())
            firstCommentPart = 1
        }
        // Comments by part, looked up per result (not filtered from all of them for each).
        var commentsByPart: [Int: [String]] = [:]
        for comment in comments { commentsByPart[comment.part, default: []].append(comment.text) }
        var results: [AuthenticationResult] = []
        for (offset, part) in parts.enumerated() {
            let tokens = Self.tokens(part)
            guard let first = tokens.first, let equals = first.firstIndex(of: "=") else { continue }
            let method = first[..<equals].lowercased()
            let resultValue = first[first.index(after: equals)...].lowercased()
            if method == "none" || method.isEmpty { continue }
            let methodName = String(method.split(separator: "/").first ?? "")
            // A method is a keyword (RFC 8601 §2.2: letters, digits, hyphens). A part that starts with a
            // `ptype.property=` after a stray `;` belongs to the result before it, not to a method of that name.
            guard Self.isKeyword(methodName) else {
                if !results.isEmpty {
                    for token in tokens { Self.addProperty(token, to: &results[results.count - 1]) }
                }
                continue
            }
            var result = AuthenticationResult(method: methodName, result: String(resultValue))
            for token in tokens.dropFirst() { Self.addProperty(token, to: &result) }
            // The comment that follows the result in the original text belongs to it.
            let partComments = commentsByPart[offset + firstCommentPart] ?? []
            if !partComments.isEmpty {
                result.comment = partComments.joined(separator: " ")
                for word in partComments.joined(separator: " ").split(whereSeparator: { $0 == " " || $0 == "," }) {
                    guard let split = word.firstIndex(of: "=") else { continue }
                    let key = word[..<split].lowercased()
                    if ["p", "sp", "dis", "pct"].contains(key), result.properties[key] == nil {
                        result.properties[key] = String(word[word.index(after: split)...]).lowercased()
                    }
                }
            }
            results.append(result)
        }
        self.results = results
    }

    private static func isKeyword(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.allSatisfy { byte in
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
        }
    }

    /// Adds a `reason=` or `ptype.property=value` token to a result.
    private static func addProperty(_ token: String, to result: inout AuthenticationResult) {
        guard let split = token.firstIndex(of: "=") else { return }
        let key = token[..<split].lowercased()
        let value = String(token[token.index(after: split)...]).trimmingCharacters(["\""])
        if key == "reason" { result.reason = value } else { result.properties[key] = value }
    }

    /// The first result of `method`.
    @_spi(CLI) public func result(_ method: String) -> AuthenticationResult? { results.first { $0.method == method } }

    /// Removes `( … )` comments (nesting allowed, not inside quotes) and remembers which `;`-part each was in.
    private static func separateComments(_ value: String) -> (String, [(part: Int, text: String)]) {
        var text = ""
        var comments: [(part: Int, text: String)] = []
        var depth = 0
        var current = ""
        var inQuotes = false
        var part = 0
        for character in value {
            if depth == 0 && character == "\"" { inQuotes.toggle() }
            if !inQuotes && character == "(" {
                if depth > 0 { current.append(character) }
                depth += 1
                continue
            }
            if !inQuotes && character == ")" && depth > 0 {
                depth -= 1
                if depth == 0 {
                    comments.append((part, current.trimmingWhitespace()))
                    current = ""
                    text.append(" ")
                } else {
                    current.append(character)
                }
                continue
            }
            if depth > 0 { current.append(character) } else {
                if character == ";" && !inQuotes { part += 1 }
                text.append(character)
            }
        }
        return (text, comments)
    }

    private static func splitOutsideQuotes(_ text: String, on separator: Character) -> [String] {
        var parts: [String] = []
        var current = ""
        var inQuotes = false
        for character in text {
            if character == "\"" { inQuotes.toggle() }
            if character == separator && !inQuotes {
                parts.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current)
        return parts
    }

    /// Whitespace-separated tokens, with `key = value` written with spaces joined back to `key=value`.
    private static func tokens(_ part: String) -> [String] {
        var raw = part.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }).map(String.init)
        var joined: [String] = []
        var index = 0
        while index < raw.count {
            var token = raw[index]
            if index + 1 < raw.count, raw[index + 1] == "=" || raw[index + 1].hasPrefix("=") || token.hasSuffix("=") {
                if raw[index + 1] == "=", index + 2 < raw.count {
                    token += "=" + raw[index + 2]
                    index += 2
                } else if token.hasSuffix("=") || raw[index + 1].hasPrefix("=") {
                    token += raw[index + 1]
                    index += 1
                }
            }
            joined.append(token)
            index += 1
        }
        raw = joined
        return raw
    }
}

private extension String {
    func trimmingCharacters(_ set: Set<Character>) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
