import SpamLintInterop

/// The extraction steps templates and messages share: HTML bodies and text/plain bodies.
enum BodyExtraction {
    static func html(masked: [UInt8], originalText: String, firstLine: Int, linesAreExact: Bool,
                     template: MaskedTemplate?, byteCount: Int, part: LinkPart) -> HTMLBody {
        html(tree: HTMLTreeParser.parse(utf8: masked), masked: masked, originalText: originalText, firstLine: firstLine,
             linesAreExact: linesAreExact, template: template, byteCount: byteCount, part: part,
             tagLocator: StartTagLocator(masked: masked, template: template))
    }

    /// The same from a tree already built: an MJML source lowered to the HTML it compiles to
    /// (`masked` is still the text as written, whose lines the tree's nodes refer to).
    static func html(tree: HTMLTree, masked: [UInt8], originalText: String, firstLine: Int, linesAreExact: Bool,
                     template: MaskedTemplate?, byteCount: Int, part: LinkPart, tagLocator: StartTagLocator? = nil) -> HTMLBody {
        let resolver = PlaceholderResolver(template: template)
        let extractor = HTMLExtractor(
            tree: tree, resolver: resolver,
            positions: PositionMapper(text: originalText, firstLine: firstLine, isExact: linesAreExact),
            links: LinkFactory(resolver: resolver, part: part), byteCount: byteCount, tagLocator: tagLocator)
        var body = extractor.extract()
        if body.language == nil { body.language = MisplacedRootTag.language(in: masked).map(resolver.restore) }
        body.literalVisibleText = TemplateText.literal(body.visibleText)
        body.position = SourcePosition(line: firstLine, column: 1)
        body.source = originalText
        body.sourceLinesAreExact = linesAreExact
        return body
    }

    static func text(_ text: String, firstLine: Int, linesAreExact: Bool, template: MaskedTemplate? = nil) -> TextBody {
        let positions = PositionMapper(text: "", firstLine: firstLine, isExact: linesAreExact)
        let factory = LinkFactory(resolver: PlaceholderResolver(template: template), part: .text)
        let links = BareURLScanner.scan(text).map { match in
            let href = match.url.lowercased().hasPrefix("www.") ? "http://" + match.url : match.url
            var link = factory.link(kind: .text, rawHref: href, text: match.url, position: positions.position(line: match.line, column: match.column))
            link.href = match.url
            return link
        }
        let collapsed = SpacedText.collapseCountingWords(text)
        return TextBody(text: collapsed.text, literalText: TemplateText.literal(collapsed.text), wordCount: collapsed.wordCount, links: links,
                        position: SourcePosition(line: firstLine, column: 1))
    }
}
