/// Renders a lint result in one output format.
public protocol Reporter: Sendable {
    /// The `--format` name.
    static var identifier: String { get }
    static var summary: String { get }
    func render(_ result: LintResult) -> String
}

/// The reporters `--format` accepts.
public enum Reporters {
    public static let all: [any Reporter.Type] = [TextReporter.self, JSONReporter.self]

    public static func named(_ identifier: String, colored: Bool = false, quiet: Bool = false) -> (any Reporter)? {
        switch identifier {
        case TextReporter.identifier: TextReporter(colored: colored, quiet: quiet)
        case JSONReporter.identifier: JSONReporter()
        default: nil
        }
    }
}
