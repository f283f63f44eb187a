/// At most `limit` findings of one rule per file (100 by default, config `findings-per-rule:`):
/// a file with 3 million links must not give 3 million findings, each holding its message and
/// evidence, and a report nobody reads. The first `limit` in report order are kept; the rest
/// become one finding of the same rule, "…and N more RULE findings", that adds 0 to the score
/// (a rule scores a file once, see `RuleScoreCap`, and a rule with a `max-score` reaches it long
/// before). The summary is suppressed only when every finding it stands for was.
enum RuleFindingLimit {
    static let defaultLimit = 100

    /// `findings` (in report order) with each rule's findings beyond `limit` folded into a summary,
    /// placed at the first one it stands for; still in report order.
    static func limited(_ findings: [Finding], to limit: Int) -> [Finding] {
        var counts: [String: Int] = [:]
        for finding in findings { counts[finding.rule, default: 0] += 1 }
        guard counts.values.contains(where: { $0 > limit }) else { return findings }
        var kept: [Finding] = []
        var seen: [String: Int] = [:]
        var summaries: [String: Finding] = [:]
        var order: [String] = []
        for finding in findings {
            let index = seen[finding.rule, default: 0]
            seen[finding.rule] = index + 1
            if index < limit {
                kept.append(finding)
                continue
            }
            let rest = counts[finding.rule, default: 0] - limit
            if var summary = summaries[finding.rule] {
                if finding.suppression == nil { summary.suppression = nil }
                summaries[finding.rule] = summary
                continue
            }
            order.append(finding.rule)
            var summary = Finding(rule: finding.rule, category: finding.category, severity: finding.severity, score: 0,
                                  message: "…and \(rest) more \(finding.rule) finding\(rest == 1 ? "" : "s") "
                                      + "(at most \(limit) are reported per rule and file)",
                                  position: finding.position, evidence: "", suppression: finding.suppression)
            summary.maxScore = nil
            summaries[finding.rule] = summary
        }
        return (kept + order.compactMap { summaries[$0] }).sorted(by: Finding.reportOrder)
    }
}
