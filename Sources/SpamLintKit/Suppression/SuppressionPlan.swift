/// Turns a file's directives into line scopes, which the linter applies to findings after the rules ran
/// (`SuppressionResolution`), so rules stay pure functions of the document.
///
/// `disable a, b` … `enable a` closes the range of `a` only; `enable` without ids closes every
/// open range. A range never closed runs to the end of the file. An `enable` that closes nothing
/// is kept in `unmatchedEnables` (reported by `invalid-suppression`).
@_spi(CLI) public struct SuppressionPlan: Sendable {
    @_spi(CLI) public let directives: [SuppressionDirective]
    @_spi(CLI) public private(set) var scopes: [SuppressionScope] = []
    /// Indices of `spamlint-enable` directives that closed no range.
    @_spi(CLI) public private(set) var unmatchedEnables: [Int] = []

    @_spi(CLI) public init(_ directives: [SuppressionDirective]) {
        self.directives = directives
        // Open ranges in the order opened (nil once closed), and per rule id the slots still open,
        // so an `enable a` finds the last `disable a` without scanning every open range.
        var open: [SuppressionScope?] = []
        var openSlots: [String?: [Int]] = [:]
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
                for id in ids {
                    openSlots[id, default: []].append(open.count)
                    open.append(SuppressionScope(directiveIndex: index, ruleID: id, lines: directive.position.line...Int.max))
                }
            case .enable:
                var closedAny = false
                // Findings on the enable comment's own line are no longer covered.
                func close(_ slot: Int) {
                    guard var range = open[slot] else { return }
                    open[slot] = nil
                    let start = range.lines!.lowerBound
                    range.lines = start...max(start, directive.position.line - 1)
                    scopes.append(range)
                    closedAny = true
                }
                if directive.coversAllRules {
                    // Latest first, as before; everything is closed, so the bookkeeping starts over.
                    for slot in open.indices.reversed() { close(slot) }
                    open.removeAll()
                    openSlots.removeAll()
                } else {
                    for id in directive.ruleIDs {
                        if let slot = openSlots[id]?.popLast() { close(slot) }
                    }
                }
                if !closedAny { unmatchedEnables.append(index) }
            }
        }
        scopes += open.compactMap { $0 }
    }
}
