/// A folder inside a walk that was not entered (unreadable, on another file system): reported as
/// a warning and counted, never passed over silently.
@_spi(CLI) public struct SkippedPath: Sendable, Hashable, Codable {
    /// As it would be shown for a file in it (relative when the walked folder was).
    @_spi(CLI) public var path: String
    @_spi(CLI) public var reason: String

    @_spi(CLI) public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}
