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
    ///
    /// libxml2 gives an element the line its start tag ends on, so an attribute value may sit a few
    /// lines before `line`; text (a `<style>` block) starts on `line` and runs on, so pass
    /// `searchingForward` to look at the lines after it instead.
    func position(line: Int, locating needle: String? = nil, searchingForward: Bool = false) -> SourcePosition {
        guard isExact else { return SourcePosition(line: firstLine, column: 0) }
        let bodyLine = max(line, 1)
        let fileLine = firstLine + bodyLine - 1
        guard let needle, !needle.isEmpty, bodyLine <= lines.count else { return SourcePosition(line: fileLine, column: 0) }
        let candidates = searchingForward
            ? Array(bodyLine...min(lines.count, bodyLine + PositionMapper.forwardReach))
            : Array(stride(from: bodyLine, through: max(1, bodyLine - PositionMapper.backwardReach), by: -1))
        for probe in PositionMapper.probes(for: needle) {
            for candidate in candidates {
                let text = lines[candidate - 1]
                if let range = text.range(of: probe) {
                    let column = text.unicodeScalars.distance(from: text.startIndex, to: range.lowerBound) + 1
                    return SourcePosition(line: firstLine + candidate - 1, column: column)
                }
            }
        }
        return SourcePosition(line: fileLine, column: 0)
    }

    private static let backwardReach = 20
    private static let forwardReach = 1_000

    /// What to search for, most precise first: the whole value (telling apart URLs that share a
    /// prefix on one line), a short prefix, and the part before the first character that the parser
    /// may have decoded from an entity (`&amp;`).
    private static func probes(for needle: String) -> [String] {
        var probes = [needle]
        if needle.count > 24 { probes.append(String(needle.prefix(24))) }
        let literal = needle.prefix { !"&<>\"'\u{A0}".contains($0) }
        if literal.count >= 8, literal.count < min(needle.count, 24) { probes.append(String(literal)) }
        return probes
    }

    /// Line and column of a UTF-8 byte offset into the body (for text/plain scanning).
    func position(line: Int, column: Int) -> SourcePosition {
        guard isExact else { return SourcePosition(line: firstLine, column: 0) }
        return SourcePosition(line: firstLine + line - 1, column: column)
    }
}
