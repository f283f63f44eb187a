/// A folder inside a walk that was not entered (unreadable, on another file system): reported as
/// a warning and counted, never passed over silently.
public struct SkippedPath: Sendable, Hashable, Codable {
    /// As it would be shown for a file in it (relative when the walked folder was).
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}
