/// Findings with inline suppressions applied, and the directives that silenced nothing.
@_spi(CLI) public struct SuppressionResolution: Sendable, Hashable {
    @_spi(CLI) public var findings: [Finding]
    @_spi(CLI) public var unused: [UnusedSuppression]

    @_spi(CLI) public init(findings: [Finding], unused: [UnusedSuppression]) {
        self.findings = findings
        self.unused = unused
    }

    /// `findings` with the ones `plan`'s directives cover marked suppressed (inline, with the
    /// reason of the first covering directive that gives one), and the scopes that covered nothing.
    /// Scopes for rules not in `activeRuleIDs` (unknown or turned off) are never called unused:
    /// nothing could be known about them.
    ///
    /// Scopes and findings are matched per rule id (and once for the scopes naming no rule) by
    /// sorted line, not each finding against each scope: 50,000 directives over a file's findings
    /// took 34 s that way. A scope is used when a binary search finds a finding line in its span;
    /// a finding's reason comes from the lowest-numbered covering scope with a reason, handed out
    /// in scope order over the findings not yet given one (`NextUnassigned`, as coverage is), so the whole is
    /// O((findings + scopes) log findings).
    @_spi(CLI) public init(applying plan: SuppressionPlan, to findings: [Finding], activeRuleIDs: Set<String>) {
        let scopes = plan.scopes
        var used = [Bool](repeating: false, count: scopes.count)
        // Per finding: covered at all, and the index of the first covering scope with a reason.
        var covered = [Bool](repeating: false, count: findings.count)
        var reasonScope = [Int](repeating: Int.max, count: findings.count)

        var scopesByRule: [String?: [Int]] = [:]
        for (index, scope) in scopes.enumerated() { scopesByRule[scope.ruleID, default: []].append(index) }
        var findingsByRule: [String: [Int]] = [:]
        var allRuleFindings: [Int] = []
        for index in findings.indices where findings[index].suppression == nil {
            let rule = findings[index].rule
            if scopesByRule[rule] != nil { findingsByRule[rule, default: []].append(index) }
            // Scopes naming no rule cover every rule but the meta-rules.
            if scopesByRule[nil] != nil, !SuppressionMetaRules.ids.contains(rule) { allRuleFindings.append(index) }
        }
        for (rule, scopeIndices) in scopesByRule {
            let candidates = rule.map { findingsByRule[$0] ?? [] } ?? allRuleFindings
            guard !candidates.isEmpty else { continue }
            // Finding indices ordered by line; equal lines keep report order.
            let ordered = candidates.sorted { (findings[$0].position.line, $0) < (findings[$1].position.line, $1) }
            let lines = ordered.map { findings[$0].position.line }
            // Findings no scope of this group covered yet, and those no scope with a reason did.
            var uncovered = NextUnassigned(count: ordered.count)
            var unexplained = NextUnassigned(count: ordered.count)
            // Ascending scope index: the first scope with a reason to reach a finding is its lowest one.
            for scopeIndex in scopeIndices {
                let span = scopes[scopeIndex].lines ?? Int.min...Int.max
                let first = Self.firstIndex(in: lines, atLeast: span.lowerBound)
                guard first < lines.count, lines[first] <= span.upperBound else { continue }
                used[scopeIndex] = true
                var position = uncovered.next(from: first)
                while position < lines.count, lines[position] <= span.upperBound {
                    covered[ordered[position]] = true
                    uncovered.remove(position)
                    position = uncovered.next(from: position + 1)
                }
                guard plan.directives[scopes[scopeIndex].directiveIndex].reason != nil else { continue }
                position = unexplained.next(from: first)
                while position < lines.count, lines[position] <= span.upperBound {
                    reasonScope[ordered[position]] = min(reasonScope[ordered[position]], scopeIndex)
                    unexplained.remove(position)
                    position = unexplained.next(from: position + 1)
                }
            }
        }
        var resolved = findings
        for index in resolved.indices where covered[index] {
            let reason = reasonScope[index] == Int.max ? nil : plan.directives[scopes[reasonScope[index]].directiveIndex].reason
            resolved[index].suppression = FindingSuppression(kind: .inline, reason: reason)
        }
        var unused: [UnusedSuppression] = []
        for (scopeIndex, scope) in scopes.enumerated() where !used[scopeIndex] {
            if let ruleID = scope.ruleID {
                guard activeRuleIDs.contains(ruleID), ruleID != SuppressionMetaRules.unusedSuppression else { continue }
            }
            unused.append(UnusedSuppression(directive: plan.directives[scope.directiveIndex], ruleID: scope.ruleID))
        }
        unused.sort { ($0.directive.position, $0.ruleID ?? "") < ($1.directive.position, $1.ruleID ?? "") }
        self.init(findings: resolved, unused: unused)
    }

    /// The first position in ascending `lines` holding at least `line` (`lines.count` when none does).
    private static func firstIndex(in lines: [Int], atLeast line: Int) -> Int {
        var low = 0
        var high = lines.count
        while low < high {
            let middle = (low + high) / 2
            if lines[middle] < line { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
