/// An input that a rule must (triggering) or must not (non-triggering) flag.
/// Examples are documentation (`spamlint rules --examples`, `spamlint explain`) and tests at once.
public struct RuleExample: Sendable, Hashable {
    /// The file content: a template (HTML with template syntax) or a raw RFC 5322 message.
    public var source: String
    /// The sending domain the example is linted with, as `--sending-domain` would give it.
    public var sendingDomain: String?
    /// The From address used for a template, as `--from` would give it.
    public var from: String?
    /// Where the example is declared, so a failing example points at its rule.
    public var file: String
    public var line: Int

    public init(_ source: String, sendingDomain: String? = nil, from: String? = nil, file: String = #fileID, line: Int = #line) {
        self.source = source
        self.sendingDomain = sendingDomain
        self.from = from
        self.file = file
        self.line = line
    }
}
