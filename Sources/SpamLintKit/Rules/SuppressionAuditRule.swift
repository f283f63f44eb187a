/// A rule about the suppression comments themselves that needs the other rules' findings
/// (whether a directive silenced anything). The linter runs it after applying the directives;
/// its `check` stands alone by running the other built-in rules itself, so its examples are
/// documentation and tests like any rule's.
public protocol SuppressionAuditRule: Rule {
    func audit(_ resolution: SuppressionResolution) -> [Violation]
}

extension SuppressionAuditRule {
    public var asSuppressionAudit: (any SuppressionAuditRule)? { self }
}
