/// A `spamlint-disable…` comment found in a file: which rules it silences, where, and why.
///
/// Directives are read from template comments (`{# #}`, `{{!-- --}}`, `{{! }}`, `{% comment %}`,
/// `<%# %>`), which never reach a recipient, and from HTML comments (`<!-- -->`), which do.
public struct SuppressionDirective: Sendable, Hashable, Codable {
    public enum Scope: String, Sendable, Hashable, Codable {
        /// `spamlint-disable-next-line`: the line after the comment.
        case nextLine = "disable-next-line"
        /// `spamlint-disable-line`: the line(s) the comment sits on.
        case line = "disable-line"
        /// `spamlint-disable`: from the comment to the matching `spamlint-enable`, or the end of the file.
        case range = "disable"
        /// `spamlint-enable`: closes a `spamlint-disable` range.
        case enable
        /// `spamlint-disable-file`: the whole file.
        case file = "disable-file"
    }

    public enum Syntax: String, Sendable, Hashable, Codable {
        /// A template-engine comment, removed when the template renders.
        case template
        /// An HTML comment, sent to every recipient.
        case html
    }

    /// Nil when the keyword after `spamlint-` is not one spamlint knows (a typo such as `disable-nextline`).
    public var scope: Scope?
    /// The keyword as written, e.g. `spamlint-disable-next-line`.
    public var keyword: String
    /// Rule ids as written; empty means every rule (except the suppression meta-rules).
    public var ruleIDs: [String]
    /// The text after ` -- `, if any.
    public var reason: String?
    public var syntax: Syntax
    /// Where the comment starts.
    public var position: SourcePosition
    /// The line the comment ends on (a comment may span lines).
    public var endLine: Int
    /// The directive as written inside the comment, whitespace collapsed.
    public var text: String

    public init(scope: Scope?, keyword: String, ruleIDs: [String], reason: String?, syntax: Syntax,
                position: SourcePosition, endLine: Int, text: String) {
        self.scope = scope
        self.keyword = keyword
        self.ruleIDs = ruleIDs
        self.reason = reason
        self.syntax = syntax
        self.position = position
        self.endLine = endLine
        self.text = text
    }

    /// True when the directive names no rule, so it covers every rule.
    public var coversAllRules: Bool { ruleIDs.isEmpty }
}
