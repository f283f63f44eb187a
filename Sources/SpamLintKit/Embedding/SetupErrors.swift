/// Every distinct reason the files of a run could not be set up (broken configuration files,
/// baselines), so all are reported at once.
@_spi(CLI) public struct SetupErrors: Error, Sendable, CustomStringConvertible {
    @_spi(CLI) public var errors: [LintSetupError]

    @_spi(CLI) public var description: String { errors.map(\.description).joined(separator: "\n") }
}
