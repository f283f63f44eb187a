/// Every line of a message that starts with `--`, found in one pass over the file.
///
/// Multipart bodies look up their delimiter lines here by binary search instead of rescanning
/// their bytes, so reading stays linear however many parts or nesting levels a message has.
struct BoundaryLineIndex {
    struct Line {
        /// Offset of the first `-`.
        var start: Int
        /// Offset just past the line's text (before CR LF / LF).
        var contentEnd: Int
        /// Offset of the next line.
        var next: Int
        /// 1-based line number in the file.
        var number: Int
    }

    private(set) var lines: [Line] = []

    init(bytes: [UInt8]) {
        var found: [Line] = []
        ByteLineScanner.forEachLine(in: bytes, from: 0, to: bytes.count, firstLine: 1) { start, contentEnd, next, number in
            if contentEnd - start >= 2, bytes[start] == 0x2D, bytes[start + 1] == 0x2D {
                found.append(Line(start: start, contentEnd: contentEnd, next: next, number: number))
            }
            return true
        }
        lines = found
    }

    /// Indices into `lines` of the candidate lines that start inside `range`.
    func lines(startingIn range: Range<Int>) -> Range<Int> {
        firstLine(atOrAfter: range.lowerBound)..<firstLine(atOrAfter: range.upperBound)
    }

    private func firstLine(atOrAfter offset: Int) -> Int {
        var low = 0
        var high = lines.count
        while low < high {
            let middle = (low + high) / 2
            if lines[middle].start < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
