import SpamLintInterop

/// A parsed `Content-Type` (or `Content-Disposition`) value: the type and its parameters.
///
/// Parsing never fails: real mail has missing semicolons, unterminated quotes and junk, and a
/// best-effort reading is always more useful to a linter than a refusal.
struct ContentTypeField: Sendable {
    /// Lower-case type (`text/html`, or `attachment` / `inline` for Content-Disposition);
    /// `text/plain` when the value is empty.
    var type: String
    /// Parameters by lower-case name, values unquoted; RFC 2231 continuations and
    /// `charset'lang'%XX` values are joined and decoded (the `*` forms win over plain ones).
    var parameters: [String: String]

    /// Parses a header value such as `text/html; charset="utf-8"` or
    /// `attachment; filename*0*=utf-8''%E2%82%AC; filename*1=.pdf`.
    init(parsing value: String) {
        let bytes = Array(value.utf8)
        var index = 0
        Self.skipWhitespaceAndComments(bytes, &index)
        let typeStart = index
        while index < bytes.count, !Self.isTypeTerminator(bytes[index]) { index += 1 }
        let rawType = String(decoding: bytes[typeStart..<index], as: UTF8.self).lowercased()
        type = rawType.isEmpty ? "text/plain" : rawType

        var plain: [String: String] = [:]
        var extended: [String: [ExtendedSection]] = [:]
        // Each iteration consumes at least one byte, so garbage cannot make this loop forever.
        while index < bytes.count {
            let before = index
            Self.skipSeparators(bytes, &index)
            let nameStart = index
            while index < bytes.count, !Self.isNameTerminator(bytes[index]) { index += 1 }
            let name = String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased()
            Self.skipWhitespaceAndComments(bytes, &index)
            guard index < bytes.count, bytes[index] == Self.equalsSign else {
                // A bare word (`text/html utf-8`) carries no parameter; skip it.
                if index == before { index += 1 }
                continue
            }
            index += 1
            Self.skipWhitespaceAndComments(bytes, &index)
            let parameterValue = Self.readValue(bytes, &index)
            guard !name.isEmpty else { continue }
            if let section = ExtendedSection(name: name, value: parameterValue) {
                // Cap sections so a hostile header cannot build huge tables.
                if extended[section.baseName, default: []].count < 1000 {
                    extended[section.baseName, default: []].append(section)
                }
            } else if plain[name] == nil {
                plain[name] = parameterValue
            }
        }
        for (baseName, sections) in extended {
            plain[baseName] = ExtendedSection.join(sections)
        }
        parameters = plain
    }

    /// One `name*N*=value` piece of an RFC 2231 parameter.
    private struct ExtendedSection {
        var baseName: String
        var number: Int
        var isEncoded: Bool
        var value: String

        /// Nil when `name` has no `*`, i.e. it is a plain RFC 2045 parameter.
        init?(name: String, value: String) {
            guard let star = name.firstIndex(of: "*") else { return nil }
            baseName = String(name[..<star])
            guard !baseName.isEmpty else { return nil }
            var rest = name[name.index(after: star)...]
            isEncoded = rest.hasSuffix("*") || rest.isEmpty
            if rest.hasSuffix("*") { rest = rest.dropLast() }
            number = rest.isEmpty ? 0 : (Int(rest) ?? 0)
            self.value = value
        }

        static func join(_ sections: [ExtendedSection]) -> String {
            let ordered = sections.enumerated().sorted { ($0.element.number, $0.offset) < ($1.element.number, $1.offset) }
                .map(\.element)
            var charset = "utf-8"
            var bytes: [UInt8] = []
            for (offset, section) in ordered.enumerated() {
                var text = Substring(section.value)
                if section.isEncoded, offset == 0 {
                    // Only the first section carries `charset'language'`.
                    let parts = text.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
                    if parts.count == 3 {
                        if !parts[0].isEmpty { charset = String(parts[0]) }
                        text = parts[2]
                    }
                }
                bytes += section.isEncoded ? percentDecoded(text) : Array(text.utf8)
            }
            return CharsetDecoder.decode(bytes, charset: charset) ?? HeaderTextDecoder.string(bytes)
        }

        private static func percentDecoded(_ text: Substring) -> [UInt8] {
            let input = Array(text.utf8)
            var output: [UInt8] = []
            output.reserveCapacity(input.count)
            var index = 0
            while index < input.count {
                if input[index] == UInt8(ascii: "%"), index + 2 < input.count,
                   let high = QuotedPrintableDecoder.hexValue(input[index + 1]),
                   let low = QuotedPrintableDecoder.hexValue(input[index + 2]) {
                    output.append(high << 4 | low)
                    index += 3
                } else {
                    output.append(input[index])
                    index += 1
                }
            }
            return output
        }
    }

    /// Reads a quoted string (unescaped) or a token. Unquoted values run to `;`, but stop early at
    /// whitespace followed by `name=` or `(` so a missing semicolon or a comment is not swallowed.
    private static func readValue(_ bytes: [UInt8], _ index: inout Int) -> String {
        if index < bytes.count, bytes[index] == quote {
            index += 1
            var value: [UInt8] = []
            while index < bytes.count, bytes[index] != quote {
                if bytes[index] == backslash, index + 1 < bytes.count { index += 1 }
                value.append(bytes[index])
                index += 1
            }
            if index < bytes.count { index += 1 }
            return String(decoding: value, as: UTF8.self)
        }
        let start = index
        var end = index
        while index < bytes.count, bytes[index] != semicolon {
            if isWhitespace(bytes[index]) {
                // Look past the whole run once, so long blank runs stay linear.
                var probe = index
                while probe < bytes.count, isWhitespace(bytes[probe]) { probe += 1 }
                index = probe
                if probe == bytes.count || bytes[probe] == openParenthesis || startsParameter(bytes, at: probe) { break }
                continue
            }
            index += 1
            end = index
        }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// True when `token=` starts at `index` (a parameter whose `;` is missing).
    private static func startsParameter(_ bytes: [UInt8], at index: Int) -> Bool {
        var probe = index
        while probe < bytes.count, probe - index <= 80, !isNameTerminator(bytes[probe]) { probe += 1 }
        guard probe > index, probe - index <= 80 else { return false }
        while probe < bytes.count, isWhitespace(bytes[probe]) { probe += 1 }
        return probe < bytes.count && bytes[probe] == equalsSign
    }

    private static func skipSeparators(_ bytes: [UInt8], _ index: inout Int) {
        while index < bytes.count {
            if bytes[index] == semicolon || isWhitespace(bytes[index]) {
                index += 1
            } else if bytes[index] == openParenthesis {
                skipComment(bytes, &index)
            } else {
                return
            }
        }
    }

    private static func skipWhitespaceAndComments(_ bytes: [UInt8], _ index: inout Int) {
        while index < bytes.count {
            if isWhitespace(bytes[index]) {
                index += 1
            } else if bytes[index] == openParenthesis {
                skipComment(bytes, &index)
            } else {
                return
            }
        }
    }

    /// Skips a (possibly nested) comment; an unterminated one runs to the end.
    private static func skipComment(_ bytes: [UInt8], _ index: inout Int) {
        var depth = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == backslash {
                index = min(index + 1, bytes.count)
            } else if byte == openParenthesis {
                depth += 1
            } else if byte == closeParenthesis {
                depth -= 1
                if depth == 0 { return }
            }
        }
    }

    private static func isTypeTerminator(_ byte: UInt8) -> Bool {
        byte == semicolon || isWhitespace(byte) || byte == openParenthesis || byte == quote
    }

    private static func isNameTerminator(_ byte: UInt8) -> Bool {
        byte == equalsSign || byte == semicolon || isWhitespace(byte) || byte == openParenthesis || byte == quote
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
    }

    private static let semicolon = UInt8(ascii: ";")
    private static let equalsSign = UInt8(ascii: "=")
    private static let quote = UInt8(ascii: "\"")
    private static let backslash = UInt8(ascii: "\\")
    private static let openParenthesis = UInt8(ascii: "(")
    private static let closeParenthesis = UInt8(ascii: ")")
}
