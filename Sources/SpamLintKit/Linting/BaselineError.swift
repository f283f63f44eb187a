/// Why a baseline file cannot be used (the run stops with exit status 2).
public struct BaselineError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "baseline \(path): \(message)" }
}
