/// The resolver could not get an answer at all: the server is unreachable, timed out or failed.
public struct DNSLookupError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
