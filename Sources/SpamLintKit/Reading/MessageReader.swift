// Address lists are parsed from the raw (undecoded) value: an encoded word may decode to a comma
// that is part of a display name, not a separator. The parser decodes display names itself.
/// Reads a raw RFC 5322 message: headers, MIME tree, bodies and attachments.
enum MessageReader {
    static func read(_ bytes: [UInt8], settings: ReadSettings) -> EmailDocument {
        let mime = MIMEReader.read(bytes)
        var document = EmailDocument(kind: .message, headers: mime.headers, expectedSendingDomain: settings.sendingDomain,
                                     problems: mime.problems)
        document.declaredPurpose = settings.purpose.map { PurposeDeclaration($0, source: .configuration) }
        let headers = mime.headers
        document.from = headers.all("from").flatMap { MailboxFactory.mailboxes(in: $0.rawValue, at: $0.position) }
        document.replyTo = headers.all("reply-to").flatMap { MailboxFactory.mailboxes(in: $0.rawValue, at: $0.position) }
        if let returnPath = headers.first("return-path") {
            document.returnPath = MailboxFactory.mailboxes(in: returnPath.rawValue, at: returnPath.position).first
        }
        document.subject = headers.first("subject")?.value
        document.literalSubject = document.subject.map(TemplateText.literal)
        document.dkimSignatures = headers.all("dkim-signature").compactMap(DKIMSignatureParser.parse)
        document.headerLinks = headers.all("list-unsubscribe").flatMap(ListUnsubscribeParser.links)

        for leaf in mime.leaves {
            let position = SourcePosition(line: leaf.bodyLine, column: 1)
            document.parts.append(PartSummary(path: leaf.path, contentType: leaf.contentType, charset: leaf.charset,
                                              transferEncoding: leaf.transferEncoding, disposition: leaf.disposition,
                                              filename: leaf.filename, size: leaf.decoded.count, position: position))
            let isBody = leaf.disposition != "attachment" && leaf.filename == nil
            switch (leaf.contentType, isBody, leaf.text) {
            case ("text/html", true, let text?):
                document.htmlBodies.append(BodyExtraction.html(masked: Array(text.utf8), originalText: text, firstLine: leaf.bodyLine,
                                                               linesAreExact: leaf.lineMapIsExact, template: nil,
                                                               byteCount: leaf.decoded.count, part: .html))
            case ("text/plain", true, let text?):
                document.textBodies.append(BodyExtraction.text(text, firstLine: leaf.bodyLine, linesAreExact: leaf.lineMapIsExact))
            default:
                document.attachments.append(Attachment(filename: leaf.filename, contentType: leaf.contentType,
                                                       size: leaf.decoded.count, position: position, disposition: leaf.disposition,
                                                       archiveEntryNames: ZipDirectory.entryNames(leaf.decoded)))
            }
        }
        document.suppressionDirectives = SuppressionDirectiveCollector.directives(in: document.htmlBodies)
        return document
    }
}
