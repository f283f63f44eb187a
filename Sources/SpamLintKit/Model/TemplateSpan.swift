/// A piece of template syntax found in a template's source.
public struct TemplateSpan: Sendable, Hashable {
    public enum Role: Sendable, Hashable {
        /// Renders a value (`{{ name }}`, `*|FNAME|*`, `%%FirstName%%`, `<%= url %>`).
        case output
        /// Control flow or a partial (`{% if %}`, `{{#each}}`, `*|IF:X|*`, `<% if %>`).
        case control
        /// A template comment, never sent (`{{! }}`, `{# #}`, `<%# %>`).
        case comment
    }

    public var role: Role
    /// The original text, delimiters included.
    public var text: String
    /// Byte range in the source.
    public var range: Range<Int>

    public init(role: Role, text: String, range: Range<Int>) {
        self.role = role
        self.text = text
        self.range = range
    }
}
