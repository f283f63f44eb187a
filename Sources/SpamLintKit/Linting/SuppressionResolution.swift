/// Findings with inline suppressions applied, and the directives that silenced nothing.
@_spi(CLI) public struct SuppressionResolution: Sendable, Hashable {
    @_spi(CLI) public var findings: [Finding]
    @_spi(CLI) public var unused: [UnusedSuppression]

    @_spi(CLI) public init(findings: [Finding], unused: [UnusedSuppression]) {
        self.findings = findings
        self.unused = unused
    }

    /// `findings` with the ones `plan`'s directives cover marked suppressed (inline, with the directive's
    /// reason), and the scopes that covered nothing. Scopes for rules not in `activeRuleIDs` (unknown
    /// or turned off) are never called unused: nothing could be known about them.
    @_spi(CLI) public init(applying plan: SuppressionPlan, to findings: [Finding], activeRuleIDs: Set<String>) {
        let scopes = plan.scopes
        var used = [Bool](repeating: false, count: scopes.count)
        var resolved = findings
        for findingIndex in resolved.indices where resolved[findingIndex].suppression == nil {
            var reason: String?
            var covered = false
            for (scopeIndex, scope) in scopes.enumerated() where scope.covers(rule: resolved[findingIndex].rule, line: resolved[findingIndex].position.line) {
                used[scopeIndex] = true
                covered = true
                reason = reason ?? plan.directives[scope.directiveIndex].reason
            }
            if covered { resolved[findingIndex].suppression = FindingSuppression(kind: .inline, reason: reason) }
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
}
