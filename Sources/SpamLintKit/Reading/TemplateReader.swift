import SpamLintInterop

/// Reads an HTML email template as it lives in a repository: optional YAML front matter, template
/// syntax of any common engine, HTML that need not be well-formed.
enum TemplateReader {
    static func read(_ bytes: [UInt8], settings: ReadSettings) -> EmailDocument {
        var document = EmailDocument(kind: .template, expectedSendingDomain: settings.sendingDomain)
        var source = bytes
        let originalText: String
        if let valid = String(validating: bytes, as: UTF8.self) {
            originalText = valid
        } else {
            // Templates are UTF-8 by convention; older ones are often Windows-1252.
            let decoded = CharsetDecoder.decode(bytes, charset: "windows-1252") ?? String(decoding: bytes, as: UTF8.self)
            source = Array(decoded.utf8)
            originalText = decoded
            document.problems.append(ReadProblem(kind: .invalidUTF8, message: "file is not valid UTF-8; read as Windows-1252",
                                                 position: .start))
        }

        var headers: [Header] = []
        if let frontMatter = FrontMatter.read(source) {
            headers = frontMatter.fields
            if let problem = frontMatter.problem { document.problems.append(problem) }
            // Blank the front matter but keep its newlines, so lines stay the file's lines.
            for index in 0..<frontMatter.bodyOffset where source[index] != UInt8(ascii: "\n") {
                source[index] = UInt8(ascii: " ")
            }
        }
        document.headers = HeaderList(headers)
        applySender(to: &document, settings: settings)

        let masked = TemplateMasker.mask(source)
        let isMJML = isMJML(path: settings.templatePath, masked: masked.html)
        if isMJML {
            let source = HTMLTreeParser.parse(utf8: masked.html)
            var lowered = MJMLLowering.lower(source)
            // The attributes the parser left out of the MJML source are missing from what it compiles to.
            lowered.tree.attributeOverflows = source.attributeOverflows
            lowered.tree.stop = source.stop
            document.htmlBodies = [BodyExtraction.html(tree: lowered.tree, masked: masked.html, originalText: originalText, firstLine: 1,
                                                       linesAreExact: true, template: masked, byteCount: bytes.count, part: .html)]
            if document.preheader == nil, let preview = lowered.preview {
                document.preheader = SpacedText.collapse(masked.restore(preview))
            }
        } else if containsMarkup(masked.html) {
            document.htmlBodies = [BodyExtraction.html(masked: masked.html, originalText: originalText, firstLine: 1,
                                                       linesAreExact: true, template: masked, byteCount: bytes.count, part: .html)]
        } else {
            let text = masked.restore(String(decoding: masked.html, as: UTF8.self))
            document.textBodies = [BodyExtraction.text(text, firstLine: 1, linesAreExact: true)]
        }
        document.includes = IncludeResolver.includes(of: masked, source: source, headers: document.headers, settings: settings,
                                                     isMJML: isMJML)
        document.suppressionDirectives = SuppressionDirectiveCollector.sorted(
            SuppressionDirectiveCollector.directives(in: masked, source: source)
                + SuppressionDirectiveCollector.directives(in: document.htmlBodies))
        return document
    }

    private static func applySender(to document: inout EmailDocument, settings: ReadSettings) {
        let headers = document.headers
        if let from = headers.first("from") {
            document.from = MailboxFactory.mailboxes(in: from.value, at: from.position)
        } else if let from = settings.from {
            document.from = MailboxFactory.mailboxes(in: from, at: SourcePosition(line: 1, column: 0))
        }
        if let replyTo = headers.first("reply-to") ?? headers.first("reply_to") ?? headers.first("replyTo") {
            document.replyTo = MailboxFactory.mailboxes(in: replyTo.value, at: replyTo.position)
        }
        document.declaredPurpose = settings.purpose.map { PurposeDeclaration($0, source: .configuration) }
        if let purpose = headers.first("purpose") {
            if let stated = MailPurpose(rawValue: purpose.value.trimmingWhitespace().lowercased()) {
                document.declaredPurpose = PurposeDeclaration(stated, source: .frontMatter)
            } else {
                document.problems.append(ReadProblem(kind: .malformedFrontMatter, message: "purpose: must be transactional or marketing, not '\(purpose.value)'",
                                                     position: purpose.position))
            }
        }
        document.subject = headers.first("subject")?.value
        document.literalSubject = document.subject.map(TemplateText.literal)
        document.preheader = headers.first("preheader")?.value
    }

    /// True when the text holds an HTML tag or comment (`<p>`, `<br/>`, `</td>`, `<!--`), not
    /// merely a `<` as in `<https://example.com>` or `a < b`.
    static func containsMarkup(_ bytes: [UInt8]) -> Bool {
        var index = bytes.startIndex
        while let open = bytes[index...].firstIndex(of: UInt8(ascii: "<")) {
            var cursor = open + 1
            guard cursor < bytes.count else { return false }
            if bytes[cursor] == UInt8(ascii: "!") { return true }
            if bytes[cursor] == UInt8(ascii: "/") { cursor += 1 }
            let nameStart = cursor
            while cursor < bytes.count, isTagNameByte(bytes[cursor]) { cursor += 1 }
            if cursor > nameStart, cursor < bytes.count, isTagNameEnd(bytes[cursor]) { return true }
            index = open + 1
        }
        return false
    }

    /// An MJML source: a `.mjml` file (a partial may hold only sections), or any input whose markup
    /// has an `<mjml>` root (standard input).
    static func isMJML(path: String?, masked: [UInt8]) -> Bool {
        if let path, path.lowercased().hasSuffix(".mjml") { return true }
        return containsStartTag("<mjml", in: masked)
    }

    /// True when the HTML has an `<html` start tag: a page that has none is rendered inside a layout.
    static func containsHTMLElement(_ bytes: [UInt8]) -> Bool { containsStartTag("<html", in: bytes) }

    /// True when `bytes` hold the start tag `opening` (`<html`, lower-case), in any case.
    private static func containsStartTag(_ opening: String, in bytes: [UInt8]) -> Bool {
        let name = Array(opening.utf8)
        var index = 0
        while let open = bytes[index...].firstIndex(of: UInt8(ascii: "<")) {
            guard open + name.count < bytes.count else { return false }
            if (1..<name.count).allSatisfy({ ASCIIByte.lowercased(bytes[open + $0]) == name[$0] }), isTagNameEnd(bytes[open + name.count]) {
                return true
            }
            index = open + 1
        }
        return false
    }

    private static func isTagNameByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
    }

    private static func isTagNameEnd(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
            || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }
}
