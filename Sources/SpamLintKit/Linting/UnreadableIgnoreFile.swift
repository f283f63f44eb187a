/// A `.spamlintignore` that exists but cannot be read: the walk that needs it stops with this message.
struct UnreadableIgnoreFile: Error, Sendable, CustomStringConvertible {
    var path: String
    var reason: String

    var description: String { "cannot read \(path): \(reason) (fix or remove it; an ignore file that cannot be read would lint what it leaves out)" }
}
