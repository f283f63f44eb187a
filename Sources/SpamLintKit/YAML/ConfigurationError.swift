/// A problem in `.spamlint.yml`, with where it is. A file with several problems throws the first
/// with the rest in `additional`, so every one is reported at once.
public struct ConfigurationError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String
    /// Further problems found in the same read, in file order.
    public var additional: [ConfigurationError] = []

    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// One error carrying all of `errors` (which must not be empty), sorted by file, line and column.
    public init(collecting errors: [ConfigurationError]) {
        let sorted = errors.flatMap(\.all).sorted { ($0.file, $0.line, $0.column) < ($1.file, $1.line, $1.column) }
        self = sorted[0]
        additional = Array(sorted.dropFirst())
    }

    /// This problem and the additional ones, each on its own.
    public var all: [ConfigurationError] {
        var first = self
        first.additional = []
        return [first] + additional.flatMap(\.all)
    }

    /// `file:line:column: message`, one line per problem.
    public var description: String {
        all.map { "\($0.file):\($0.line):\($0.column): \($0.message)" }.joined(separator: "\n")
    }
}
