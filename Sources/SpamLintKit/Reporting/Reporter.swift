/// Renders a lint result in one output format.
@_spi(CLI) public protocol Reporter: Sendable {
    /// The `--format` name.
    static var identifier: String { get }
    /// One line for `spamlint formats`.
    static var summary: String { get }
    func render(_ result: LintResult) -> String
}
