/// A piece of template syntax found in a template's source.
@_spi(CLI) public struct TemplateSpan: Sendable, Hashable {
    @_spi(CLI) public enum Role: Sendable, Hashable {
        /// Renders a value (`{{ name }}`, `*|FNAME|*`, `%%FirstName%%`, `<%= url %>`).
        case output
        /// Control flow or a partial (`{% if %}`, `{{#each}}`, `*|IF:X|*`, `<% if %>`).
        case control
        /// A template comment, never sent (`{{! }}`, `{# #}`, `<%# %>`).
        case comment
    }

    @_spi(CLI) public var role: Role
    /// The original text, delimiters included.
    @_spi(CLI) public var text: String
    /// Byte range in the source.
    @_spi(CLI) public var range: Range<Int>

    @_spi(CLI) public init(role: Role, text: String, range: Range<Int>) {
        self.role = role
        self.text = text
        self.range = range
    }
}
