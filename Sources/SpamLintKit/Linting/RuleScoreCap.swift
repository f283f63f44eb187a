/// One score per rule per file, the way SpamAssassin and rspamd count a rule once per message: a
/// newsletter with twelve tracked links is no riskier than one with a single tracked link, and
/// twelve `link-redirector` scores made every long legitimate newsletter fail. Every finding is
/// still reported, so each place to fix is listed; only what they add is capped.
///
/// A rule adds at most its cap to a file: its `max-score` when it declares one (a rule whose risk
/// grows with the count says so), else the score of its strongest finding, once. The rule's
/// unsuppressed findings are taken strongest first (equal ones in the order given, report order in
/// a report) and each adds its `baseScore` until the cap is reached; the one reaching it adds the
/// remainder, the others 0. Suppressed findings add 0 and leave the cap to the others.
enum RuleScoreCap {
    /// `findings`, in the same order, each with its counted `score`. Idempotent: it reads only
    /// `baseScore`, `maxScore` and `suppression`, so a report can be counted again after a baseline
    /// suppresses some findings or the DNS check adds some.
    static func counted(_ findings: [Finding]) -> [Finding] {
        var result = findings
        var byRule: [String: [Int]] = [:]
        for index in result.indices {
            result[index].score = 0
            if result[index].suppression == nil { byRule[result[index].rule, default: []].append(index) }
        }
        for indices in byRule.values {
            // A rule's scores share one sign (a re-scored rule may be negative); the cap bounds the magnitude.
            let strongest = indices.sorted { (-abs(result[$0].baseScore), $0) < (-abs(result[$1].baseScore), $1) }
            var remaining = result[strongest[0]].maxScore.map(abs) ?? abs(result[strongest[0]].baseScore)
            for index in strongest {
                let base = result[index].baseScore
                let added = min(abs(base), max(0, remaining))
                remaining -= added
                result[index].score = ((base < 0 ? -added : added) * 100).rounded() / 100
            }
        }
        return result
    }
}
