/// What one directive silences for one rule id (or every rule): a rule over a span of lines.
@_spi(CLI) public struct SuppressionScope: Sendable, Hashable {
    /// Index of the directive in the document's `suppressionDirectives`.
    @_spi(CLI) public var directiveIndex: Int
    /// Nil when the directive names no rule and so covers every rule but the meta-rules.
    @_spi(CLI) public var ruleID: String?
    /// Lines covered; nil for the whole file.
    @_spi(CLI) public var lines: ClosedRange<Int>?

    @_spi(CLI) public init(directiveIndex: Int, ruleID: String?, lines: ClosedRange<Int>?) {
        self.directiveIndex = directiveIndex
        self.ruleID = ruleID
        self.lines = lines
    }

    /// True when the scope silences a finding of `rule` on `line`.
    func covers(rule: String, line: Int) -> Bool {
        if let ruleID {
            guard ruleID == rule else { return false }
        } else if SuppressionMetaRules.ids.contains(rule) {
            return false
        }
        return lines?.contains(line) ?? true
    }
}
