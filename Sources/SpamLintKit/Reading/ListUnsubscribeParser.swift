/// Extracts the `<URI>` entries of a List-Unsubscribe header (RFC 2369).
enum ListUnsubscribeParser {
    static func links(in header: Header) -> [Link] {
        var result: [Link] = []
        var remainder = Substring(header.value)
        let factory = LinkFactory(resolver: PlaceholderResolver(template: nil), part: .header)
        while let open = remainder.firstIndex(of: "<") {
            let after = remainder[remainder.index(after: open)...]
            guard let close = after.firstIndex(of: ">") else { break }
            let uri = HeaderASCII.removingWhitespace(after[..<close])
            result.append(factory.link(kind: .header, rawHref: uri, text: header.name, position: header.position))
            remainder = after[after.index(after: close)...]
        }
        return result
    }
}
