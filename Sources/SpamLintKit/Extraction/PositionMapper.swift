import Foundation

/// Maps a line of an HTML or text body to a position in the file the user gave us, and finds the
/// column of a piece of text on that line (libxml2 reports lines only).
///
/// Items on one line are located in document order: the search on a line resumes after the last
/// item found there, so a one-line template with thousands of links stays linear and identical
/// links get their own columns.
final class PositionMapper {
    /// The UTF-8 lines of the body as it stands in the file (template source, or a 7bit/8bit MIME part).
    /// Searched as bytes: Foundation's Unicode-aware `range(of:)` made long one-line templates quadratic.
    private let bytes: [UInt8]
    /// Byte offset where each body line starts; a line ends before the next line's `\n`.
    private let lineStarts: [Int]
    /// Per body line (index: line − 1), the byte offset after the last item found on it; -1 for none yet.
    /// Arrays, not dictionaries: every link, image and notable element asks, and hashing showed up.
    private var resumeOffsets: [Int]
    /// Per body line, the byte offset and column of the last item found on it (offset -1: none yet):
    /// columns are counted on from there, not from the line start (which made a one-line file of n links O(n²)).
    private var lastColumns: [(offset: Int, column: Int)]
    /// File line of the body's first line.
    private let firstLine: Int
    /// False when the body was transfer-encoded (base64, quoted-printable): its lines do not map.
    private let isExact: Bool

    /// Bytes the searches may still scan. A value that is not on its line (an entity the parser
    /// decoded) is searched for from the resume point to the end and then from the line start, so
    /// n such links on one long line cost O(n × line); past this budget columns are reported as 0
    /// (line still exact), which bounds the work per file at a constant times its size.
    private var searchBudget: Int

    init(text: String, firstLine: Int, isExact: Bool) {
        self.bytes = isExact ? Array(text.utf8) : []
        var starts = [0]
        if isExact {
            bytes.withUnsafeBufferPointer { buffer in
                // Eight bytes at a time: every byte of every body is looked at, and HTML lines are short,
                // so the newlines of a word are picked out of a bit mask rather than byte by byte.
                var index = 0
                if let base = UnsafeRawPointer(buffer.baseAddress) {
                    while index + 8 <= buffer.count {
                        var newlines = PositionMapper.newlineMask(base.loadUnaligned(fromByteOffset: index, as: UInt64.self).littleEndian)
                        while newlines != 0 {
                            starts.append(index + newlines.trailingZeroBitCount / 8 + 1)
                            newlines &= newlines - 1
                        }
                        index += 8
                    }
                }
                while index < buffer.count {
                    if buffer[index] == UInt8(ascii: "\n") { starts.append(index + 1) }
                    index += 1
                }
            }
        }
        self.lineStarts = isExact ? starts : []
        self.resumeOffsets = Array(repeating: -1, count: isExact ? starts.count : 0)
        self.lastColumns = Array(repeating: (-1, 0), count: isExact ? starts.count : 0)
        self.searchBudget = 32 * text.utf8.count + 4_000_000
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
        guard let needle, !needle.isEmpty, bodyLine <= lineStarts.count else { return SourcePosition(line: fileLine, column: 0) }
        let candidates = searchingForward
            ? stride(from: bodyLine, through: min(lineStarts.count, bodyLine + PositionMapper.forwardReach), by: 1)
            : stride(from: bodyLine, through: max(1, bodyLine - PositionMapper.backwardReach), by: -1)
        guard searchBudget > 0 else { return SourcePosition(line: fileLine, column: 0) }
        // The whole value nearly always matches: the other probes are worked out only when it does not.
        var needleBytes = needle
        if let found = needleBytes.withUTF8({ search(for: $0, on: candidates) }) { return found }
        for probe in PositionMapper.probes(for: needle).dropFirst() {
            var probe = probe
            if let found = probe.withUTF8({ search(for: $0, on: candidates) }) { return found }
        }
        return SourcePosition(line: fileLine, column: 0)
    }

    /// The first occurrence of `probeBytes` on the `candidates` lines, each searched from where the
    /// last item found on it ended, then from its start.
    private func search(for probeBytes: UnsafeBufferPointer<UInt8>, on candidates: StrideThrough<Int>) -> SourcePosition? {
        for candidate in candidates {
            let text = bodyLineBytes(candidate)
            let resume = resumeOffsets[candidate - 1] >= 0 ? min(resumeOffsets[candidate - 1], text.endIndex) : text.startIndex
            let afterResume = PositionMapper.firstIndex(of: probeBytes, in: text[resume...])
            searchBudget -= (afterResume ?? text.endIndex) - resume
            var found = afterResume
            if found == nil {
                found = PositionMapper.firstIndex(of: probeBytes, in: text)
                searchBudget -= (found ?? text.endIndex) - text.startIndex
            }
            if let start = found {
                resumeOffsets[candidate - 1] = start + probeBytes.count
                // Columns count Unicode scalars: every byte that does not continue a sequence.
                let last = lastColumns[candidate - 1]
                let from = last.offset >= 0 && last.offset <= start ? last : (offset: text.startIndex, column: 1)
                let column = text[from.offset..<start].reduce(from.column) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
                lastColumns[candidate - 1] = (start, column)
                return SourcePosition(line: firstLine + candidate - 1, column: column)
            }
        }
        return nil
    }

    /// The high bit of each byte of `word` (first byte lowest) set exactly where that byte is a line feed.
    static func newlineMask(_ word: UInt64) -> UInt64 {
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let zeroed = word ^ 0x0A0A_0A0A_0A0A_0A0A
        // Exact per byte (no borrow runs between bytes): the high bit is set only for a zero byte.
        return ~(((zeroed & low7) &+ low7) | zeroed | low7)
    }

    /// Body line `number` (1-based) without its `\n`.
    private func bodyLineBytes(_ number: Int) -> ArraySlice<UInt8> {
        let start = lineStarts[number - 1]
        let end = number < lineStarts.count ? lineStarts[number] - 1 : bytes.count
        return bytes[start..<end]
    }

    private static func firstIndex(of needle: UnsafeBufferPointer<UInt8>, in haystack: ArraySlice<UInt8>) -> Int? {
        guard let first = needle.first, needle.count <= haystack.count else { return nil }
        var index = haystack.startIndex
        let last = haystack.endIndex - needle.count
        while index <= last {
            guard let candidate = haystack[index...last].firstIndex(of: first) else { return nil }
            if haystack[candidate..<(candidate + needle.count)].elementsEqual(needle) { return candidate }
            index = candidate + 1
        }
        return nil
    }

    private static let asciiEntityBytes: [UInt8] = Array("&<>\"'".utf8)
    private static let backwardReach = 20
    private static let forwardReach = 1_000

    /// What to search for, most precise first: the whole value (telling apart URLs that share a
    /// prefix on one line), a short prefix, and the part before the first character that the parser
    /// may have decoded from an entity (`&amp;`).
    private static func probes(for needle: String) -> [String] {
        if TextSearch.isASCII(needle), !needle.utf8.contains(UInt8(ascii: "\r")) {
            // ASCII without `\r\n`: a Character is a byte here: the same probes without walking grapheme clusters.
            let bytes = Array(needle.utf8)
            var probes = [needle]
            if bytes.count > 24 { probes.append(String(decoding: bytes[..<24], as: UTF8.self)) }
            let literal = bytes.prefix { !asciiEntityBytes.contains($0) }
            if literal.count >= 8, literal.count < min(bytes.count, 24) { probes.append(String(decoding: literal, as: UTF8.self)) }
            return probes
        }
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
