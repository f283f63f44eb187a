/// Gathers the directives of one file from its template comments and its HTML comments.
enum SuppressionDirectiveCollector {
    /// Directives in template comments; `source` is the text the template was masked from, so
    /// span ranges are byte offsets into it.
    static func directives(in template: MaskedTemplate, source: [UInt8]) -> [SuppressionDirective] {
        var directives: [SuppressionDirective] = []
        var line = 1
        var lineStart = 0
        var scanned = 0
        for span in template.spans where span.role == .comment && span.text.lowercased().contains(SuppressionDirectiveParser.prefix) {
            // Spans come in source order, so lines are counted once over the file.
            while scanned < span.range.lowerBound {
                if source[scanned] == UInt8(ascii: "\n") {
                    line += 1
                    lineStart = scanned + 1
                }
                scanned += 1
            }
            let column = source[lineStart..<span.range.lowerBound].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } + 1
            let newlines = source[span.range].reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
            let content = SuppressionDirectiveParser.templateCommentContent(span.text)
            if let directive = SuppressionDirectiveParser.parse(content: content, syntax: .template,
                                                                 position: SourcePosition(line: line, column: column),
                                                                 endLine: line + newlines) {
                directives.append(directive)
            }
        }
        return directives
    }

    /// Directives in the HTML comments of the bodies.
    static func directives(in bodies: [HTMLBody]) -> [SuppressionDirective] {
        bodies.flatMap(\.comments).compactMap { comment in
            SuppressionDirectiveParser.parse(content: comment.text, syntax: .html, position: comment.position, endLine: comment.endLine)
        }
    }

    static func sorted(_ directives: [SuppressionDirective]) -> [SuppressionDirective] {
        directives.sorted { $0.position < $1.position }
    }
}
