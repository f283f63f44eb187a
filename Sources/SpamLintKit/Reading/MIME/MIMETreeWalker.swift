import SpamLintInterop

/// Walks the MIME tree of one message depth-first, collecting leaves and problems.
/// Recursion is bounded by `maximumDepth`, so hostile nesting cannot exhaust the stack.
struct MIMETreeWalker {
    /// A header block and the body it governs.
    struct Entity {
        var headers: HeaderList
        /// Line where the entity (its headers) starts; problems about the part point here.
        var startLine: Int
        var body: Range<Int>
        var bodyLine: Int
    }

    /// Multipart nesting deeper than this is not opened (real mail rarely exceeds 5).
    static let maximumDepth = 64

    let bytes: [UInt8]
    var leaves: [MIMELeaf] = []
    var problems: [ReadProblem] = []
    /// Built on the first multipart only: single-part messages never pay for it.
    private var boundaryLines: BoundaryLineIndex?

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    mutating func readEntity(_ entity: Entity, path: String, depth: Int, defaultType: String) {
        let contentTypeHeader = entity.headers.first("Content-Type")
        let contentType = contentTypeHeader.map { ContentTypeField(parsing: $0.rawValue) }
        var type = defaultType
        // A type without a subtype (`text`, junk) is invalid; RFC 2045 §5.2 says use the default.
        if let declared = contentType?.type, HeaderASCII.contains(declared, "/") { type = declared }
        let position = contentTypeHeader?.position ?? SourcePosition(line: entity.startLine, column: 1)

        guard type.hasPrefix("multipart/") else {
            appendLeaf(entity, type: type, contentType: contentType, path: path)
            return
        }
        guard depth < Self.maximumDepth else {
            problems.append(ReadProblem(kind: .nestingTooDeep,
                                        message: "MIME parts nested more than \(Self.maximumDepth) levels deep; the rest is not read",
                                        position: position))
            appendLeaf(entity, type: type, contentType: contentType, path: path)
            return
        }
        if boundaryLines == nil { boundaryLines = BoundaryLineIndex(bytes: bytes) }
        let candidates = boundaryLines!.lines(startingIn: entity.body)

        var boundary = contentType?.parameters["boundary"].flatMap { $0.isEmpty ? nil : Array($0.utf8) }
        if boundary == nil {
            boundary = inferBoundary(candidates)
            let guess = boundary.map { " (using \"\(String(decoding: $0, as: UTF8.self))\" from the first boundary line)" } ?? ""
            problems.append(ReadProblem(kind: .missingBoundaryParameter,
                                        message: "\(type) has no boundary parameter\(guess)", position: position))
        }
        guard let boundary else {
            appendLeaf(entity, type: "text/plain", contentType: contentType, path: path)
            return
        }

        let split = splitParts(of: entity.body, boundary: boundary, candidates: candidates)
        if split.parts.isEmpty {
            // Without any delimiter the body is one blob; keep its text visible to the rules.
            problems.append(ReadProblem(kind: .missingClosingBoundary,
                                        message: "\(type) body has no boundary line; read as text",
                                        position: position))
            appendLeaf(entity, type: "text/plain", contentType: contentType, path: path)
            return
        }
        if !split.isClosed {
            problems.append(ReadProblem(kind: .missingClosingBoundary,
                                        message: "\(type) has no closing boundary; read to the end of the file",
                                        position: position))
        }
        let childDefault = type == "multipart/digest" ? "message/rfc822" : "text/plain"
        for (offset, part) in split.parts.enumerated() {
            let header = HeaderBlockReader.read(bytes, from: part.range.lowerBound, to: part.range.upperBound,
                                                firstLine: part.line)
            problems += header.problems
            let child = Entity(headers: header.headers, startLine: part.line,
                               body: header.bodyStart..<max(header.bodyStart, part.range.upperBound),
                               bodyLine: header.bodyLine)
            let childPath = path.isEmpty ? "\(offset + 1)" : "\(path).\(offset + 1)"
            readEntity(child, path: childPath, depth: depth + 1, defaultType: childDefault)
        }
    }

    /// Splits a multipart body at its delimiter lines; preamble and epilogue are dropped.
    private func splitParts(of body: Range<Int>, boundary: [UInt8], candidates: Range<Int>)
        -> (parts: [(range: Range<Int>, line: Int)], isClosed: Bool) {
        var parts: [(range: Range<Int>, line: Int)] = []
        var openPart: (start: Int, line: Int)?
        for candidateIndex in candidates {
            let line = boundaryLines!.lines[candidateIndex]
            guard let isClosing = delimiterKind(line, boundary: boundary) else { continue }
            if let open = openPart {
                // The line break before a delimiter belongs to the delimiter (RFC 2046 §5.1.1).
                var end = max(open.start, line.start)
                if end > open.start, bytes[end - 1] == 0x0A { end -= 1 }
                if end > open.start, bytes[end - 1] == 0x0D { end -= 1 }
                parts.append((open.start..<end, open.line))
            }
            if isClosing { return (parts, true) }
            openPart = (min(line.next, body.upperBound), line.number + 1)
        }
        if let open = openPart { parts.append((open.start..<body.upperBound, open.line)) }
        return (parts, false)
    }

    /// nil when the line is not a delimiter for `boundary`; otherwise whether it is the closing one.
    /// Transport-added blanks after the delimiter are allowed.
    private func delimiterKind(_ line: BoundaryLineIndex.Line, boundary: [UInt8]) -> Bool? {
        let textStart = line.start + 2
        guard line.contentEnd - textStart >= boundary.count,
              bytes[textStart..<(textStart + boundary.count)].elementsEqual(boundary) else { return nil }
        var index = textStart + boundary.count
        var isClosing = false
        if index + 2 <= line.contentEnd, bytes[index] == 0x2D, bytes[index + 1] == 0x2D {
            isClosing = true
            index += 2
        }
        while index < line.contentEnd {
            guard bytes[index] == 0x20 || bytes[index] == 0x09 else { return nil }
            index += 1
        }
        return isClosing
    }

    /// The text of the first plausible `--boundary` line, for a multipart that forgot its parameter.
    private func inferBoundary(_ candidates: Range<Int>) -> [UInt8]? {
        for candidateIndex in candidates {
            let line = boundaryLines!.lines[candidateIndex]
            var end = line.contentEnd
            while end > line.start + 2, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
            let text = bytes[(line.start + 2)..<end]
            guard !text.isEmpty, text.count <= 200, !text.contains(0x20), !text.contains(0x09) else { continue }
            return Array(text)
        }
        return nil
    }

    private mutating func appendLeaf(_ entity: Entity, type: String, contentType: ContentTypeField?, path: String) {
        let partPosition = SourcePosition(line: entity.startLine, column: 1)
        let encodingHeader = entity.headers.first("Content-Transfer-Encoding")
        let transferEncoding = encodingHeader.flatMap { Self.firstToken($0.rawValue) }
        let body = bytes[entity.body]

        var decoded: [UInt8]
        var lineMapIsExact = false
        switch transferEncoding {
        case "base64":
            let result = Base64Decoder.decode(body)
            decoded = result.bytes
            if !result.isValid {
                problems.append(ReadProblem(kind: .invalidBase64,
                                            message: "Part \(Self.displayPath(path)) has invalid base64; decoded as far as possible",
                                            position: encodingHeader?.position ?? partPosition))
            }
        case "quoted-printable":
            let result = QuotedPrintableDecoder.decode(body)
            decoded = result.bytes
            if !result.isValid {
                problems.append(ReadProblem(kind: .invalidQuotedPrintable,
                                            message: "Part \(Self.displayPath(path)) has invalid quoted-printable; kept literally",
                                            position: encodingHeader?.position ?? partPosition))
            }
        default:
            decoded = Array(body)
            lineMapIsExact = true
        }

        let dispositionField = entity.headers.first("Content-Disposition").map { ContentTypeField(parsing: $0.rawValue) }
        var disposition = dispositionField.flatMap { field -> String? in
            // An empty Content-Disposition parses as the text/plain default; it declares nothing.
            HeaderASCII.contains(field.type, "/") ? nil : field.type
        }
        if type == "message/rfc822", disposition == nil { disposition = "attachment" }

        var filename = dispositionField?.parameters["filename"] ?? contentType?.parameters["name"]
        if let name = filename, HeaderASCII.contains(name, "=?") { filename = RFC2047Decoder.decode(name) }
        filename = filename.map { $0.trimmingBlanks() }.flatMap { $0.isEmpty ? nil : $0 }

        let charset = contentType?.parameters["charset"].map { $0.trimmingBlanks().lowercased() }.flatMap { $0.isEmpty ? nil : $0 }
        var text: String?
        if type.hasPrefix("text/"), disposition != "attachment" {
            text = decodeText(decoded, charset: charset,
                              charsetPosition: entity.headers.first("Content-Type")?.position ?? partPosition,
                              bodyPosition: SourcePosition(line: entity.bodyLine, column: 1), path: path)
        }

        leaves.append(MIMELeaf(path: path.isEmpty ? "1" : path, headers: entity.headers, contentType: type,
                               charset: charset, transferEncoding: transferEncoding, disposition: disposition,
                               filename: filename, decoded: decoded, text: text, bodyLine: entity.bodyLine,
                               lineMapIsExact: lineMapIsExact))
    }

    /// Text of a part: UTF-8 for unlabelled/ASCII/UTF-8 parts (windows-1252 when unlabelled bytes
    /// are not UTF-8), iconv for everything else, replacement characters rather than failure.
    private mutating func decodeText(_ bytes: [UInt8], charset: String?, charsetPosition: SourcePosition,
                                     bodyPosition: SourcePosition, path: String) -> String {
        let declaresUTF8 = charset == "utf-8" || charset == "utf8"
        if charset == nil || declaresUTF8 || Self.asciiCharsetNames.contains(charset!) {
            if let text = String(validating: bytes, as: UTF8.self) { return text }
            if declaresUTF8 {
                problems.append(ReadProblem(kind: .invalidUTF8,
                                            message: "Part \(Self.displayPath(path)) is declared UTF-8 but is not valid UTF-8",
                                            position: bodyPosition))
                return String(decoding: bytes, as: UTF8.self)
            }
            // Undeclared 8-bit text is almost always windows-1252 in practice.
            return CharsetDecoder.decode(bytes, charset: "windows-1252") ?? String(decoding: bytes, as: UTF8.self)
        }
        if let text = CharsetDecoder.decode(bytes, charset: charset!) { return text }
        problems.append(ReadProblem(kind: .unknownCharset,
                                    message: "Part \(Self.displayPath(path)) declares unknown charset \"\(charset!)\"; read as UTF-8",
                                    position: charsetPosition))
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let asciiCharsetNames: Set<String> = ["us-ascii", "ascii", "ansi_x3.4-1968", "646", "us"]

    private static func displayPath(_ path: String) -> String { path.isEmpty ? "1" : path }

    /// `base64 (comment)` or `"Base64"` → `base64`; nil when nothing is declared.
    private static func firstToken(_ value: String) -> String? {
        let token = value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == ";" || $0 == "(" }).first
            .map { $0.filter { $0 != "\"" && $0 != "'" }.lowercased() }
        return (token?.isEmpty ?? true) ? nil : token
    }
}

private extension String {
    func trimmingBlanks() -> String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace || first == "\"" { slice = slice.dropFirst() }
        while let last = slice.last, last.isWhitespace || last == "\"" { slice = slice.dropLast() }
        return String(slice)
    }
}
