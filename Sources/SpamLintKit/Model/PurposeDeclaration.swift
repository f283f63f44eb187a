/// A purpose the user stated for a file: `purpose:` in a template's front matter, or in `.spamlint.yml`.
public struct PurposeDeclaration: Sendable, Hashable, Codable {
    public enum Source: String, Sendable, Hashable, Codable {
        case frontMatter = "front-matter"
        case configuration
    }

    public var purpose: MailPurpose
    public var source: Source

    public init(_ purpose: MailPurpose, source: Source) {
        self.purpose = purpose
        self.source = source
    }
}
