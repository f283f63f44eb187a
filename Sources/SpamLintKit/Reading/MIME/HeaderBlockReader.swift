/// Reads an RFC 5322 header block (`Name: value` lines up to the first empty line).
enum HeaderBlockReader {
    /// Reads the header block starting at byte offset `start`, whose first line is line
    /// `firstLine` of the file.
    ///
    /// Continuation lines are unfolded by removing only the line break (RFC 5322 §2.2.3);
    /// `rawValue` keeps that unfolded text and `value` adds RFC 2047 decoding. Bytes that are not
    /// valid UTF-8 are read as windows-1252. A line that is not a header is reported as
    /// `malformedHeader` and skipped, unless it looks like body text (prose, HTML, a boundary),
    /// in which case the body is taken to start there. At offset 0 a UTF-8 BOM and an mbox
    /// `From ` envelope line are skipped.
    static func read(_ bytes: [UInt8], from start: Int, firstLine: Int)
        -> (headers: HeaderList, bodyStart: Int, bodyLine: Int, problems: [ReadProblem]) {
        read(bytes, from: start, to: bytes.count, firstLine: firstLine)
    }

    /// Malformed lines tolerated before concluding that the header block is over; bounds the
    /// problem list for binary junk.
    private static let maximumSkippedLines = 10

    /// Same as `read(_:from:firstLine:)`, but never looks at bytes at or beyond `end` (a MIME part's end).
    static func read(_ bytes: [UInt8], from start: Int, to end: Int, firstLine: Int)
        -> (headers: HeaderList, bodyStart: Int, bodyLine: Int, problems: [ReadProblem]) {
        let end = min(end, bytes.count)
        var position = max(0, min(start, end))
        var line = firstLine
        if start == 0 {
            if end >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
            if startsWithEnvelopeLine(bytes, at: position, end: end) {
                if let lineFeed = ByteLineScanner.nextLineFeed(in: bytes, from: position, to: end) {
                    position = lineFeed + 1
                    line += 1
                } else {
                    position = end
                }
            }
        }

        var headers: [Header] = []
        var problems: [ReadProblem] = []
        var pending: PendingField?
        var skippedLines = 0
        var bodyStart = end
        var bodyLine = line
        var sawTerminator = false

        func finishPending() {
            guard let field = pending else { return }
            pending = nil
            // An unfolded field is read in place; only folded ones were copied together.
            let whole = field.folded.map { $0[...] } ?? bytes[field.valueStart..<field.valueEnd]
            var valueEnd = whole.endIndex
            while valueEnd > whole.startIndex, isWhitespace(whole[valueEnd - 1]) { valueEnd -= 1 }
            let trimmed = whole[..<valueEnd]
            let raw = HeaderTextDecoder.string(trimmed)
            // Decoding to text keeps every ASCII byte, so no `=?` in the bytes means no encoded word.
            let value = RFC2047Decoder.containsEncodedWordStart(trimmed) ? RFC2047Decoder.decode(raw) : raw
            headers.append(Header(name: field.name, value: value, rawValue: raw,
                                  position: SourcePosition(line: field.line, column: 1)))
        }

        ByteLineScanner.forEachLine(in: bytes, from: position, to: end, firstLine: line) { lineStart, contentEnd, next, number in
            if contentEnd == lineStart {
                finishPending()
                bodyStart = next
                bodyLine = next > contentEnd ? number + 1 : number
                sawTerminator = true
                return false
            }
            let first = bytes[lineStart]
            if first == space || first == tab {
                if pending != nil {
                    if pending!.folded == nil { pending!.folded = Array(bytes[pending!.valueStart..<pending!.valueEnd]) }
                    pending!.folded!.append(contentsOf: bytes[lineStart..<contentEnd])
                    return true
                }
                // A continuation with nothing to continue (or a line of blanks) is skipped rather
                // than taken for prose: such lines open real messages that still have headers.
                if skippedLines < maximumSkippedLines {
                    skippedLines += 1
                    problems.append(ReadProblem(kind: .malformedHeader,
                                                message: "Continuation line with no header field before it",
                                                position: SourcePosition(line: number, column: 1)))
                    return true
                }
            } else if let nameEnd = fieldNameEnd(bytes, from: lineStart, to: contentEnd) {
                finishPending()
                var valueStart = nameEnd.colon + 1
                while valueStart < contentEnd, bytes[valueStart] == space || bytes[valueStart] == tab { valueStart += 1 }
                pending = PendingField(name: String(decoding: bytes[lineStart..<nameEnd.name], as: UTF8.self),
                                       valueStart: valueStart, valueEnd: contentEnd, line: number)
                return true
            }
            let looksLikeBody = looksLikeBodyText(bytes, from: lineStart, to: contentEnd)
            if looksLikeBody || skippedLines >= maximumSkippedLines {
                finishPending()
                problems.append(ReadProblem(kind: .malformedHeader,
                                            message: "Header block ends without an empty line before the body",
                                            position: SourcePosition(line: number, column: 1)))
                bodyStart = lineStart
                bodyLine = number
                sawTerminator = true
                return false
            }
            skippedLines += 1
            problems.append(ReadProblem(kind: .malformedHeader,
                                        message: "Line in the header block is not a `Name: value` field",
                                        position: SourcePosition(line: number, column: 1)))
            return true
        }
        if !sawTerminator {
            finishPending()
            bodyStart = end
            bodyLine = line + countLineFeeds(bytes, from: position, to: end)
        }
        return (HeaderList(headers), bodyStart, bodyLine, problems)
    }

    private struct PendingField {
        var name: String
        /// The value on the field's first line, in the block's bytes.
        var valueStart: Int
        var valueEnd: Int
        /// The first line's value and its continuation lines, once the field is folded.
        var folded: [UInt8]? = nil
        var line: Int
    }

    /// The end of the field name (trailing blanks of obsolete `Subject :` trimmed) and the colon,
    /// or nil when the line is not a header field.
    private static func fieldNameEnd(_ bytes: [UInt8], from start: Int, to end: Int) -> (name: Int, colon: Int)? {
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte == colon { break }
            if byte == space || byte == tab {
                // Only blanks may stand between the name and the colon.
                var probe = index
                while probe < end, bytes[probe] == space || bytes[probe] == tab { probe += 1 }
                guard probe < end, bytes[probe] == colon, index > start else { return nil }
                return (index, probe)
            }
            guard byte > 32, byte < 127 else { return nil }
            index += 1
        }
        guard index < end, index > start else { return nil }
        return (index, index)
    }

    /// Prose, markup, boundaries and binary data mean the sender forgot the empty line.
    private static func looksLikeBodyText(_ bytes: [UInt8], from start: Int, to end: Int) -> Bool {
        let first = bytes[start]
        if first == UInt8(ascii: "<") { return true }
        if first == UInt8(ascii: "-"), start + 1 < end, bytes[start + 1] == UInt8(ascii: "-") { return true }
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte == space || byte == tab || byte < 32 || byte == 127 { return true }
            index += 1
        }
        return false
    }

    /// `From sender date` opens each message of an mbox file; it is not a header. `From :` (an
    /// obsolete From field with blanks before the colon) is a header, not an envelope line.
    static func startsWithEnvelopeLine(_ bytes: [UInt8], at index: Int, end: Int) -> Bool {
        let envelope: [UInt8] = Array("From ".utf8)
        guard end - index >= envelope.count else { return false }
        for offset in 0..<envelope.count where bytes[index + offset] != envelope[offset] { return false }
        var probe = index + envelope.count
        while probe < end, bytes[probe] == space || bytes[probe] == tab { probe += 1 }
        return !(probe < end && bytes[probe] == colon)
    }

    private static func countLineFeeds(_ bytes: [UInt8], from start: Int, to end: Int) -> Int {
        var count = 0
        var index = start
        while let lineFeed = ByteLineScanner.nextLineFeed(in: bytes, from: index, to: end) {
            count += 1
            index = lineFeed + 1
        }
        return count
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == space || byte == tab || byte == 0x0D || byte == 0x0A
    }

    private static let space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t")
    private static let colon = UInt8(ascii: ":")
}
