/// A folder `DirectoryTreeWalker` found but did not list, and why: the walk reports it instead
/// of passing over it silently.
public struct DirectoryTreeSkip: Sendable, Hashable {
    /// `/`-separated path below the walk's root.
    public var relativePath: String
    /// Why it was not entered, e.g. "Permission denied" or "on another file system".
    public var reason: String

    public init(relativePath: String, reason: String) {
        self.relativePath = relativePath
        self.reason = reason
    }
}
