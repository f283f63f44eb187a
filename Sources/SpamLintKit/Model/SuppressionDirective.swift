/// A `spamlint-disable…` comment found in a file: which rules it silences, where, and why.
///
/// Directives are read from template comments (`{# #}`, `{{!-- --}}`, `{{! }}`, `{% comment %}`,
/// `<%# %>`), which never reach a recipient, and from HTML comments (`<!-- -->`), which do.
@_spi(CLI) public struct SuppressionDirective: Sendable, Hashable, Codable {
    @_spi(CLI) public enum Scope: String, Sendable, Hashable, Codable {
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

    @_spi(CLI) public enum Syntax: String, Sendable, Hashable, Codable {
        /// A template-engine comment, removed when the template renders.
        case template
        /// An HTML comment, sent to every recipient.
        case html
    }

    /// Nil when the keyword after `spamlint-` is not one spamlint knows (a typo such as `disable-nextline`).
    @_spi(CLI) public var scope: Scope?
    /// The keyword as written, e.g. `spamlint-disable-next-line`.
    @_spi(CLI) public var keyword: String
    /// Rule ids as written; empty means every rule (except the suppression meta-rules).
    @_spi(CLI) public var ruleIDs: [String]
    /// The text after ` -- `, if any.
    @_spi(CLI) public var reason: String?
    @_spi(CLI) public var syntax: Syntax
    /// Where the comment starts.
    @_spi(CLI) public var position: SourcePosition
    /// The line the comment ends on (a comment may span lines).
    @_spi(CLI) public var endLine: Int
    /// The directive as written inside the comment, whitespace collapsed.
    @_spi(CLI) public var text: String

    @_spi(CLI) public init(scope: Scope?, keyword: String, ruleIDs: [String], reason: String?, syntax: Syntax,
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
    @_spi(CLI) public var coversAllRules: Bool { ruleIDs.isEmpty }
}
