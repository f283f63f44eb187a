/// What `DirectoryTreeWalker` found below a root: the entries, and the folders it could not or
/// would not enter.
public struct DirectoryTreeListing: Sendable {
    public var entries: [DirectoryTreeEntry]
    public var skipped: [DirectoryTreeSkip]
}
