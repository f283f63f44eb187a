/// `TemplateMasker.find` over one source, answered from the positions of each terminator, found in
/// one pass on first use: a file full of unclosed openers (`{%{%{%…`) would otherwise be rescanned
/// from every opener, which is quadratic.
final class TerminatorFinder {
    private let source: [UInt8]
    private var starts: [String: [Int]] = [:]

    init(_ source: [UInt8]) { self.source = source }

    /// End (exclusive) of the first `terminator` starting in `from...from + limit`, as `TemplateMasker.find`.
    func find(_ terminator: String, from: Int, limit: Int = 65_536) -> Int? {
        let length = terminator.utf8.count
        let positions = starts[terminator] ?? occurrences(of: terminator)
        // First occurrence starting at or after `from`.
        var low = 0
        var high = positions.count
        while low < high {
            let middle = (low + high) / 2
            if positions[middle] < from { low = middle + 1 } else { high = middle }
        }
        guard low < positions.count, positions[low] <= from + limit else { return nil }
        return positions[low] + length
    }

    private func occurrences(of terminator: String) -> [Int] {
        var positions: [Int] = []
        var index = 0
        while let end = TemplateMasker.find(terminator, in: source, from: index, limit: Int.max / 2) {
            positions.append(end - terminator.utf8.count)
            index = end - terminator.utf8.count + 1
        }
        starts[terminator] = positions
        return positions
    }
}
