/// One entry found by `DirectoryTreeWalker`.
public struct DirectoryTreeEntry: Sendable {
    /// `/`-separated path below the walk's root, built from the names read; exact when
    /// `isValidUTF8`, with U+FFFD for the bad bytes otherwise.
    public var relativePath: String
    /// The entry's own name (the last component of `relativePath`).
    public var name: String
    /// What the entry itself is (`lstat`, links not followed).
    public var kind: FileKind
    /// False when this name or a folder name above it is not valid UTF-8.
    public var isValidUTF8: Bool
    /// For a path that is not valid UTF-8: the whole path (root included) as Foundation's
    /// `FileManager.string(withFileSystemRepresentation:length:)` decodes it; nil otherwise.
    public var foundationPath: String?
}
