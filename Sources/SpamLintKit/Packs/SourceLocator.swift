/// Turns a match in an HTML body into a file position: by its offset when the match is in the
/// source itself (raw-html), or by finding the matched text in the source (visible text).
/// Falls back to the body's position when the body's lines do not map to the file
/// (base64 or quoted-printable parts) or the text is not found as written.
struct SourceLocator {
    let source: String
    let firstLine: Int
    let isExact: Bool

    init(body: HTMLBody) {
        source = body.source
        firstLine = body.position.line
        isExact = body.sourceLinesAreExact
    }

    /// Where the last position was computed, so positions found in text order cost linear time.
    private var cursor: (index: String.Index, line: Int, column: Int)?

    /// Position of the text at `range`, a range of `source`.
    mutating func position(of range: Range<String.Index>) -> SourcePosition? {
        guard isExact else { return nil }
        var (index, line, column) = cursor ?? (source.utf8.startIndex, firstLine, 1)
        if index > range.lowerBound { (index, line, column) = (source.utf8.startIndex, firstLine, 1) }
        for byte in source.utf8[index..<range.lowerBound] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        cursor = (range.lowerBound, line, column)
        return SourcePosition(line: line, column: column)
    }

    /// Position of the first occurrence of `text` in the source at or after `start`.
    mutating func position(locating text: String, from start: inout String.Index) -> SourcePosition? {
        guard isExact, !text.isEmpty else { return nil }
        let needle = Array(text.utf8)
        let bytes = source.utf8
        guard let found = Self.firstIndex(of: needle, in: bytes, from: start) ?? Self.firstIndex(of: needle, in: bytes, from: bytes.startIndex) else {
            return nil
        }
        start = bytes.index(found, offsetBy: needle.count)
        return position(of: found..<start)
    }

    private static func firstIndex(of needle: [UInt8], in bytes: String.UTF8View, from start: String.Index) -> String.Index? {
        guard let first = needle.first else { return nil }
        var index = start
        while let candidate = bytes[index...].firstIndex(of: first) {
            if bytes[candidate...].starts(with: needle) { return candidate }
            index = bytes.index(after: candidate)
        }
        return nil
    }
}
