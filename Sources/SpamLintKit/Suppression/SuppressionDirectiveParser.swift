import Foundation

/// Reads `spamlint-disable…` directives out of comment text.
///
/// A comment is a directive when its content starts with `spamlint-` (as in ESLint, a directive
/// mentioned mid-sentence is prose, not a directive). The grammar is
/// `spamlint-KEYWORD [rule-id[, rule-id…]] [-- reason]`, ids separated by commas or spaces.
@_spi(CLI) public enum SuppressionDirectiveParser {
    static let prefix = "spamlint-"

    /// The directive in the content of one comment (delimiters already removed), if it is one.
    @_spi(CLI) public static func parse(content: String, syntax: SuppressionDirective.Syntax, position: SourcePosition,
                             endLine: Int) -> SuppressionDirective? {
        guard mayStartWithPrefix(content) else { return nil }
        let trimmed = content.trimmingWhitespace()
        guard trimmed.lowercased().hasPrefix(prefix) else { return nil }
        let keyword = String(trimmed.prefix { !$0.isWhitespace && $0 != "," })
        let rest = trimmed.dropFirst(keyword.count)
        let scope = SuppressionDirective.Scope(rawValue: String(keyword.dropFirst(prefix.count)).lowercased())
        let (idsPart, reason) = splitReason(rest)
        let ids = idsPart.split(whereSeparator: { $0 == "," || $0.isWhitespace }).map(String.init)
        return SuppressionDirective(scope: scope, keyword: keyword, ruleIDs: ids, reason: reason, syntax: syntax,
                                    position: position, endLine: endLine, text: SpacedText.collapse(trimmed))
    }

    /// False when `content` surely does not start (after whitespace) with the prefix in any case:
    /// every HTML comment is asked, and copying and lower-casing whole comments (MSO conditional
    /// blocks run to kilobytes) to read their first word showed up. Decides on ASCII bytes only; a
    /// non-ASCII byte before the prefix is complete leaves the answer to the Character-based check.
    static func mayStartWithPrefix(_ content: String) -> Bool {
        var content = content
        return content.withUTF8 { bytes in
            var index = 0
            while index < bytes.count, bytes[index] == 0x20 || (0x09...0x0D).contains(bytes[index]) { index += 1 }
            for expected in prefix.utf8 {
                guard index < bytes.count else { return false }
                let byte = bytes[index]
                if byte >= 0x80 { return true }
                let lowered = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
                if lowered != expected { return false }
                index += 1
            }
            return true
        }
    }

    /// Splits `ids -- reason` at the first `--` that stands alone (whitespace or the end on both sides).
    static func splitReason(_ text: Substring) -> (ids: Substring, reason: String?) {
        var searchStart = text.startIndex
        while let range = text[searchStart...].range(of: "--") {
            let before = range.lowerBound == text.startIndex || text[text.index(before: range.lowerBound)].isWhitespace
            let after = range.upperBound == text.endIndex || text[range.upperBound].isWhitespace
            if before && after {
                let reason = SpacedText.collapse(String(text[range.upperBound...]))
                return (text[..<range.lowerBound], reason.isEmpty ? nil : reason)
            }
            searchStart = range.upperBound
        }
        return (text, nil)
    }

    /// The content of a template comment: the text between its delimiters.
    @_spi(CLI) public static func templateCommentContent(_ text: String) -> String {
        var body = Substring(text)
        if body.hasPrefix("{{") {
            // Handlebars: `{{!-- … --}}`, `{{! … }}`, with optional `~` whitespace control.
            body = body.dropFirst(2)
            if body.hasPrefix("~") { body = body.dropFirst() }
            body = body.drop { $0 == " " }
            if body.hasPrefix("!--") {
                body = body.dropFirst(3)
                body = stripSuffix(body, ["--~}}", "--}}"])
            } else {
                if body.hasPrefix("!") { body = body.dropFirst() }
                body = stripSuffix(body, ["~}}", "}}"])
            }
        } else if body.hasPrefix("{#") {
            // Jinja/Nunjucks/HubL/Twig: `{# … #}`, with optional `-`/`+` whitespace control.
            body = body.dropFirst(2)
            if body.hasPrefix("-") || body.hasPrefix("+") { body = body.dropFirst() }
            body = stripSuffix(body, ["-#}", "+#}", "#}"])
        } else if body.hasPrefix("{%") {
            // Liquid/Jinja block comment: `{% comment %} … {% endcomment %}`.
            if let open = body.range(of: "%}") { body = body[open.upperBound...] }
            if let close = body.range(of: "{%", options: .backwards) { body = body[..<close.lowerBound] }
        } else if body.hasPrefix("<%#") {
            body = stripSuffix(body.dropFirst(3), ["-%>", "%>"])
        }
        return String(body)
    }

    private static func stripSuffix(_ text: Substring, _ suffixes: [String]) -> Substring {
        for suffix in suffixes where text.hasSuffix(suffix) { return text.dropLast(suffix.count) }
        return text
    }
}
