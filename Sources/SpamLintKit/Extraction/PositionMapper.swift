import Foundation

/// Maps a line of an HTML or text body to a position in the file the user gave us, and finds the
/// column of a piece of text on that line (libxml2 reports lines only).
struct PositionMapper: Sendable {
    /// The body's text as it stands in the file (template source, or a 7bit/8bit MIME part).
    private let lines: [Substring]
    /// File line of the body's first line.
    private let firstLine: Int
    /// False when the body was transfer-encoded (base64, quoted-printable): its lines do not map.
    private let isExact: Bool

    init(text: String, firstLine: Int, isExact: Bool) {
        self.lines = isExact ? text.split(separator: "\n", omittingEmptySubsequences: false) : []
        self.firstLine = firstLine
        self.isExact = isExact
    }

    /// The file position of `needle` on body line `line` (1-based); column 0 when it is not found.
    func position(line: Int, locating needle: String? = nil) -> SourcePosition {
        guard isExact else { return SourcePosition(line: firstLine, column: 0) }
        let bodyLine = max(line, 1)
        let fileLine = firstLine + bodyLine - 1
        guard let needle, !needle.isEmpty, bodyLine <= lines.count else { return SourcePosition(line: fileLine, column: 0) }
        // Attribute values are entity-decoded by the parser; search for a short prefix, which is
        // usually written literally, then fall back to the line's first non-blank column.
        let probe = String(needle.prefix(24))
        let text = lines[bodyLine - 1]
        if let range = text.range(of: probe) {
            return SourcePosition(line: fileLine, column: text.unicodeScalars.distance(from: text.startIndex, to: range.lowerBound) + 1)
        }
        return SourcePosition(line: fileLine, column: 0)
    }

    /// Line and column of a UTF-8 byte offset into the body (for text/plain scanning).
    func position(line: Int, column: Int) -> SourcePosition {
        guard isExact else { return SourcePosition(line: firstLine, column: 0) }
        return SourcePosition(line: firstLine + line - 1, column: column)
    }
}
