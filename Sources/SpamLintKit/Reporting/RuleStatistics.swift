/// `--statistics`: how often each rule fired over a run and the points it added, most frequent
/// first (ties by points, then id), like `ruff check --statistics`. Suppressed findings are not
/// counted (they add no points); their number is given on a line of its own.
@_spi(CLI) public struct RuleStatistics: Sendable, Hashable {
    @_spi(CLI) public struct Entry: Sendable, Hashable {
        @_spi(CLI) public var rule: String
        @_spi(CLI) public var count: Int
        @_spi(CLI) public var score: Double
    }

    @_spi(CLI) public var entries: [Entry]
    @_spi(CLI) public var suppressed: Int

    @_spi(CLI) public init(_ result: LintResult) {
        var counts: [String: (count: Int, score: Double)] = [:]
        var suppressed = 0
        for report in result.reports {
            for finding in report.findings {
                if finding.suppression != nil {
                    suppressed += 1
                    continue
                }
                let current = counts[finding.rule] ?? (0, 0)
                counts[finding.rule] = (current.count + 1, current.score + finding.score)
            }
        }
        entries = counts.map { Entry(rule: $0.key, count: $0.value.count, score: ($0.value.score * 100).rounded() / 100) }
            .sorted { ($1.count, $1.score, $0.rule) < ($0.count, $0.score, $1.rule) }
        self.suppressed = suppressed
    }

    /// A right-aligned table: count, points, rule id; then a total line.
    @_spi(CLI) public func render() -> String {
        guard !entries.isEmpty || suppressed > 0 else { return "statistics: no findings\n" }
        let totalCount = entries.reduce(0) { $0 + $1.count }
        let totalScore = ((entries.reduce(0) { $0 + $1.score }) * 100).rounded() / 100
        let rows = entries.map { ("\($0.count)", "+" + ScoreFormat.string($0.score), $0.rule) }
            + [("\(totalCount)", "+" + ScoreFormat.string(totalScore), "total")]
        let countWidth = max(5, rows.map { $0.0.count }.max() ?? 0)
        let scoreWidth = max(6, rows.map { $0.1.count }.max() ?? 0)
        func pad(_ text: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - text.count)) + text }
        var output = "\(pad("count", countWidth))  \(pad("points", scoreWidth))  rule\n"
        for row in rows { output += "\(pad(row.0, countWidth))  \(pad(row.1, scoreWidth))  \(row.2)\n" }
        if suppressed > 0 { output += "\(suppressed) suppressed finding\(suppressed == 1 ? "" : "s") not counted\n" }
        return output
    }
}
