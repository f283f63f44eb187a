/// Turns a file's directives into line scopes and applies them to findings after the rules ran,
/// so rules stay pure functions of the document.
///
/// `disable a, b` … `enable a` closes the range of `a` only; `enable` without ids closes every
/// open range. A range never closed runs to the end of the file. An `enable` that closes nothing
/// is kept in `unmatchedEnables` (reported by `invalid-suppression`).
public struct SuppressionPlan: Sendable {
    public let directives: [SuppressionDirective]
    public private(set) var scopes: [SuppressionScope] = []
    /// Indices of `spamlint-enable` directives that closed no range.
    public private(set) var unmatchedEnables: [Int] = []

    public init(_ directives: [SuppressionDirective]) {
        self.directives = directives
        var open: [SuppressionScope] = []
        for (index, directive) in directives.enumerated() {
            guard let scope = directive.scope else { continue }
            let ids: [String?] = directive.coversAllRules ? [nil] : directive.ruleIDs.map { $0 }
            switch scope {
            case .nextLine:
                let line = directive.endLine + 1
                scopes += ids.map { SuppressionScope(directiveIndex: index, ruleID: $0, lines: line...line) }
            case .line:
                scopes += ids.map { SuppressionScope(directiveIndex: index, ruleID: $0, lines: directive.position.line...max(directive.position.line, directive.endLine)) }
            case .file:
                scopes += ids.map { SuppressionScope(directiveIndex: index, ruleID: $0, lines: nil) }
            case .range:
                open += ids.map { SuppressionScope(directiveIndex: index, ruleID: $0, lines: directive.position.line...Int.max) }
            case .enable:
                var closedAny = false
                // Findings on the enable comment's own line are no longer covered.
                func close(_ position: Int) {
                    var range = open.remove(at: position)
                    let start = range.lines!.lowerBound
                    range.lines = start...max(start, directive.position.line - 1)
                    scopes.append(range)
                    closedAny = true
                }
                if directive.coversAllRules {
                    while !open.isEmpty { close(open.count - 1) }
                } else {
                    for id in directive.ruleIDs {
                        if let position = open.lastIndex(where: { $0.ruleID == id }) { close(position) }
                    }
                }
                if !closedAny { unmatchedEnables.append(index) }
            }
        }
        scopes += open
    }

    /// Marks the findings the directives cover as suppressed (inline, with the directive's reason)
    /// and lists the scopes that covered nothing. Scopes for rules not in `activeRuleIDs` (unknown
    /// or turned off) are never called unused: nothing could be known about them.
    public func resolve(_ findings: [Finding], activeRuleIDs: Set<String>) -> SuppressionResolution {
        var used = [Bool](repeating: false, count: scopes.count)
        var resolved = findings
        for findingIndex in resolved.indices where resolved[findingIndex].suppression == nil {
            var reason: String?
            var covered = false
            for (scopeIndex, scope) in scopes.enumerated() where scope.covers(resolved[findingIndex]) {
                used[scopeIndex] = true
                covered = true
                reason = reason ?? directives[scope.directiveIndex].reason
            }
            if covered { resolved[findingIndex].suppression = FindingSuppression(kind: .inline, reason: reason) }
        }
        var unused: [UnusedSuppression] = []
        for (scopeIndex, scope) in scopes.enumerated() where !used[scopeIndex] {
            if let ruleID = scope.ruleID {
                guard activeRuleIDs.contains(ruleID), ruleID != SuppressionMetaRules.unusedSuppression else { continue }
            }
            unused.append(UnusedSuppression(directive: directives[scope.directiveIndex], ruleID: scope.ruleID))
        }
        unused.sort { ($0.directive.position, $0.ruleID ?? "") < ($1.directive.position, $1.ruleID ?? "") }
        return SuppressionResolution(findings: resolved, unused: unused)
    }
}
