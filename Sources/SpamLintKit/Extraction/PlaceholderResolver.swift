/// Puts template placeholders back into extracted text; the identity for plain HTML and messages.
struct PlaceholderResolver: Sendable {
    let template: MaskedTemplate?

    func restore(_ text: String) -> String { template?.restore(text) ?? text }

    /// The placeholder that a URL starts with, making the link dynamic.
    func leadingPlaceholder(_ text: String) -> String? { template?.leadingPlaceholder(of: text) }

    /// The destination URL of an ESP tracking tag in a template href (placeholders restored): listmonk's
    /// `https://x.example/@TrackLink` and `{{ TrackLink "https://x.example/" . }}`, AMPscript
    /// `%%=RedirectTo('https://x.example/')=%%`. The ESP sends the click through its tracker to that URL,
    /// so the rules read the link as going there. Nil for anything else, and always in a message
    /// (a tag left there was never rendered).
    func trackedURL(_ href: String) -> String? {
        guard template != nil else { return nil }
        if href.hasSuffix("@TrackLink") {
            let url = href.dropLast("@TrackLink".count)
            return url.isEmpty || url.hasPrefix("{{") ? nil : String(url)
        }
        if href.hasPrefix("{{"), href.hasSuffix("}}") {
            return PlaceholderResolver.quotedArgument(of: "TrackLink", in: href.dropFirst(2).dropLast(2))
        }
        if href.hasPrefix("%%="), href.hasSuffix("=%%") {
            var call = href.dropFirst(3).dropLast(3).drop { $0 == " " }
            while call.last == " " { call = call.dropLast() }
            // AMPscript function names are case-insensitive.
            guard call.hasSuffix(")"), call.prefix(11).lowercased() == "redirectto(" else { return nil }
            return PlaceholderResolver.quotedArgument(of: nil, in: call.dropFirst(11).dropLast())
        }
        return nil
    }

    /// The one quoted string literal after `function` (Go template: `TrackLink "url" .`) or alone
    /// (`'url'`), when it is all of the call's arguments apart from a trailing `.`.
    private static func quotedArgument(of function: String?, in text: Substring) -> String? {
        var rest = text.drop { $0 == " " || $0 == "-" || $0 == "~" }
        if let function {
            guard rest.hasPrefix(function) else { return nil }
            rest = rest.dropFirst(function.count)
            guard rest.first == " " else { return nil }
        }
        rest = rest.drop { $0 == " " }
        guard let quote = rest.first, quote == "\"" || quote == "'" || quote == "`" else { return nil }
        rest = rest.dropFirst()
        guard let close = rest.firstIndex(of: quote) else { return nil }
        let url = rest[..<close]
        let after = rest[rest.index(after: close)...].filter { $0 != " " && $0 != "-" && $0 != "~" && $0 != ")" }
        guard !url.isEmpty, after.isEmpty || after == ".", !url.contains("{{"), !url.contains("%%") else { return nil }
        return String(url)
    }
}
