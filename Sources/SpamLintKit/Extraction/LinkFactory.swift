import Foundation

/// Builds `Link` values: restores placeholders, parses the URL, decides whether it is dynamic.
struct LinkFactory: Sendable {
    let resolver: PlaceholderResolver
    let part: LinkPart

    func link(kind: LinkKind, rawHref: String, text: String, position: SourcePosition) -> Link {
        let href = resolver.restore(rawHref).trimmingWhitespace()
        var link = Link(kind: kind, href: href, text: text, part: part, position: position)
        // A tracking tag (`{{ TrackLink "https://…" }}`) names its destination: the link is read as going there.
        let tracked = resolver.trackedURL(href)
        if tracked == nil, let placeholder = resolver.leadingPlaceholder(rawHref) ?? LinkFactory.leadingTemplateSyntax(href) {
            link.isDynamic = true
            link.placeholder = placeholder
        }
        guard let url = ParsedURL(tracked ?? href) else { return link }
        link.scheme = url.scheme
        link.port = url.port
        link.hasUserInfo = url.hasUserInfo
        if let host = url.host {
            if LinkFactory.containsTemplateSyntax(host) {
                link.isDynamic = true
                link.placeholder = link.placeholder ?? host
            } else {
                link.host = host
                link.organizationalDomain = OrganizationalDomain.of(host)
            }
        }
        return link
    }

    /// Template syntax left in a URL of a message or plain HTML (`{{url}}` sent unrendered, or a
    /// template passed without masking).
    static func leadingTemplateSyntax(_ href: String) -> String? {
        // Almost no href starts with an opening delimiter; a first byte outside them rules out
        // every `hasPrefix` below (each needs that byte as its first Character).
        guard let first = href.utf8.first, templateOpeningBytes.contains(first) else { return nil }
        for (open, close) in [("{{", "}}"), ("{%", "%}"), ("*|", "|*"), ("%%", "%%"), ("<%", "%>"), ("[[", "]]"), ("${", "}")]
        where href.hasPrefix(open) {
            if let end = href.range(of: close, range: href.index(href.startIndex, offsetBy: open.count)..<href.endIndex) {
                return String(href[..<end.upperBound])
            }
            return href
        }
        return nil
    }

    private static let templateOpeningBytes: [UInt8] = Array("{*%<[$".utf8)

    private static let templateSyntaxBytes: [UInt8] = Array("{}%|*<>[]$".utf8)

    /// One of `templateSyntaxBytes`.
    static func isTemplateSyntaxByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "%"), UInt8(ascii: "|"), UInt8(ascii: "*"), UInt8(ascii: "<"),
             UInt8(ascii: ">"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "$"):
            return true
        default:
            return false
        }
    }

    static func containsTemplateSyntax(_ host: String) -> Bool {
        // Nearly every host is ASCII without any of these bytes: one pass says no (the IPv6 test below
        // only ever turns a yes into a no).
        var text = host
        let isPlain = text.withUTF8 { bytes in
            !bytes.contains { $0 >= 0x80 || LinkFactory.isTemplateSyntaxByte($0) }
        }
        if isPlain { return false }
        // `[2001:db8::1]` is an IPv6 literal, not template syntax.
        if host.hasPrefix("["), host.hasSuffix("]"), host.dropFirst().dropLast().allSatisfy({ $0.isHexDigit || $0 == ":" || $0 == "." }) {
            return false
        }
        if TextSearch.isASCII(host) { return host.utf8.contains { templateSyntaxBytes.contains($0) } }
        return host.contains { "{}%|*<>[]$".contains($0) }
    }
}
