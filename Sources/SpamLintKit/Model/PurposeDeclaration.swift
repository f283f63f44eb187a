/// A purpose the user stated for a file: `purpose:` in a template's front matter, or in `.spamlint.yml`.
@_spi(CLI) public struct PurposeDeclaration: Sendable, Hashable, Codable {
    @_spi(CLI) public enum Source: String, Sendable, Hashable, Codable {
        case frontMatter = "front-matter"
        case configuration
    }

    @_spi(CLI) public var purpose: MailPurpose
    @_spi(CLI) public var source: Source

    @_spi(CLI) public init(_ purpose: MailPurpose, source: Source) {
        self.purpose = purpose
        self.source = source
    }
}
