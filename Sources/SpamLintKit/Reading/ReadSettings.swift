/// What the user tells the reader about the sender (`--from`, `--sending-domain`, config `sender:`)
/// and where the file being read lives, so the partials a template pulls in can be found.
public struct ReadSettings: Sendable, Hashable {
    public var from: String?
    public var sendingDomain: String?
    /// The purpose configured for the files read (`purpose:` in `.spamlint.yml`); front matter wins.
    public var purpose: MailPurpose?
    /// The path of the file being read, as given; nil for standard input and in-memory bytes.
    public var templatePath: String?
    /// Folders searched first for partials and layouts (config `partials:`), absolute.
    public var partialFolders: [String]
    /// Partial files larger than this are reported as unreadable, not read (the `--max-file-size` limit).
    public var partialSizeLimit: Int
    /// The files being read, outermost first, when this one is a partial: for depth and cycles.
    var includeChain: [String] = []
    /// True while reading a layout for the page that named it: its `{{> body}}` is that page.
    var readingLayout = false

    public init(from: String? = nil, sendingDomain: String? = nil, templatePath: String? = nil, partialFolders: [String] = [],
                partialSizeLimit: Int = 50 * 1024 * 1024) {
        self.from = from
        self.sendingDomain = sendingDomain?.lowercased().trimmingTrailingDots()
        self.templatePath = templatePath
        self.partialFolders = partialFolders
        self.partialSizeLimit = partialSizeLimit
    }

    /// These settings with another sender; the rest is kept.
    public func withSender(from: String?, sendingDomain: String?) -> ReadSettings {
        var settings = ReadSettings(from: from, sendingDomain: sendingDomain, templatePath: templatePath, partialFolders: partialFolders,
                                    partialSizeLimit: partialSizeLimit)
        settings.purpose = purpose
        settings.includeChain = includeChain
        settings.readingLayout = readingLayout
        return settings
    }

    /// These settings for reading the file at `path`.
    public func reading(path: String?) -> ReadSettings {
        var settings = self
        settings.templatePath = path
        return settings
    }
}
