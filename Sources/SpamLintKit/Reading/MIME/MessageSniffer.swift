/// Tells raw RFC 5322 messages (`.eml`, mbox) apart from templates (HTML, front matter, prose).
enum MessageSniffer {
    /// True when `bytes` open (after an optional UTF-8 BOM and mbox `From ` line) with a header
    /// block: `Name: value` lines and continuations, ended by an empty line or the end of the
    /// file, including at least one field that only mail carries (From, To, Subject, Date,
    /// Message-ID, Received, Return-Path, MIME-Version, Content-Type, Delivered-To, `X-…`…).
    ///
    /// Deliberately strict: the first line must be a field, and markup or prose inside the block
    /// means "not a message", so an HTML or front-matter template is never read as mail.
    static func looksLikeMessage(_ bytes: [UInt8]) -> Bool {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        if HeaderBlockReader.startsWithEnvelopeLine(bytes, at: start, end: bytes.count) {
            guard let lineFeed = ByteLineScanner.nextLineFeed(in: bytes, from: start, to: bytes.count) else { return false }
            start = lineFeed + 1
        }
        // The header block of real mail is at most tens of kilobytes; judge on what fits in this.
        let end = min(bytes.count, start + 256 * 1024)
        var fieldCount = 0
        var mailFieldCount = 0
        var strayLines = 0
        var verdict: Bool?
        ByteLineScanner.forEachLine(in: bytes, from: start, to: end, firstLine: 1) { lineStart, contentEnd, _, _ in
            let line = bytes[lineStart..<contentEnd]
            if line.isEmpty {
                verdict = fieldCount > 0 && mailFieldCount > 0
                return false
            }
            let first = line[lineStart]
            if first == space || first == tab {
                if fieldCount > 0 { return true }
                // Some exported messages open with a line of blanks; anything else is not a header.
                if line.allSatisfy({ $0 == space || $0 == tab }), strayLines < 3 {
                    strayLines += 1
                    return true
                }
                verdict = false
                return false
            }
            if let name = fieldName(line, strict: fieldCount == 0) {
                fieldCount += 1
                // Only "none", "one" and "two or more" mail fields matter below: past two, names need no look-up.
                if mailFieldCount < 2, isMailFieldName(name) { mailFieldCount += 1 }
                return true
            }
            // Once the block has proved itself mail, a few mangled lines (lost folding, a stray
            // `>Received:`) are tolerated; markup never is.
            let isToken = line.allSatisfy { $0 > 32 && $0 < 127 }
            if mailFieldCount >= 2 || (mailFieldCount >= 1 && isToken), strayLines < fieldCount,
               first != UInt8(ascii: "<"), !line.contains(0), !containsTemplateTag(line) {
                strayLines += 1
                return true
            }
            verdict = false
            return false
        }
        if let verdict { return verdict }
        return fieldCount > 0 && mailFieldCount > 0
    }

    /// The field name of a `Name: value` line. The first line must use the characters real field
    /// names use (letters, digits, `-`, `_`, `.`), which no markup or template syntax passes; later
    /// lines may use any printable ASCII, as RFC 5322 allows (`X-It'S:` exists in the wild).
    private static func fieldName(_ line: ArraySlice<UInt8>, strict: Bool) -> ArraySlice<UInt8>? {
        guard let colonIndex = line.firstIndex(of: UInt8(ascii: ":")), colonIndex > line.startIndex else { return nil }
        var nameEnd = colonIndex
        // Obsolete syntax allows blanks before the colon (`Subject :`).
        while nameEnd > line.startIndex, line[nameEnd - 1] == space || line[nameEnd - 1] == tab { nameEnd -= 1 }
        let name = line[line.startIndex..<nameEnd]
        guard !name.isEmpty, name.count <= 100 else { return nil }
        for byte in name {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."):
                continue
            default:
                if strict || byte <= 32 || byte >= 127 || byte == UInt8(ascii: "<") { return nil }
            }
        }
        return name
    }

    private static func containsTemplateTag(_ line: ArraySlice<UInt8>) -> Bool {
        var previous: UInt8 = 0
        for byte in line {
            if previous == UInt8(ascii: "{"), byte == UInt8(ascii: "{") || byte == UInt8(ascii: "%") { return true }
            previous = byte
        }
        return false
    }

    private static func isMailFieldName(_ name: ArraySlice<UInt8>) -> Bool {
        // Field names here are printable ASCII (see fieldName), so folding A–Z is lower-casing.
        let lower = String(unsafeUninitializedCapacity: name.count) { buffer in
            for (offset, byte) in name.enumerated() { buffer[offset] = byte &- 0x41 < 26 ? byte | 0x20 : byte }
            return name.count
        }
        return mailFieldNames.contains(lower) || (lower.hasPrefix("x-") && lower.count > 2)
    }

    private static let mailFieldNames: Set<String> = [
        "from", "to", "cc", "bcc", "subject", "date", "message-id", "received", "return-path", "mime-version",
        "content-type", "content-transfer-encoding", "delivered-to", "reply-to", "in-reply-to",
        "references", "dkim-signature", "authentication-results", "arc-seal", "list-unsubscribe",
        "received-spf", "envelope-to", "thread-topic", "thread-index",
    ]

    private static let space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t")
}
