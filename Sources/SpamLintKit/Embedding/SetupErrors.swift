/// Every distinct reason the files of a run could not be set up (broken configuration files,
/// baselines), so all are reported at once.
public struct SetupErrors: Error, Sendable, CustomStringConvertible {
    public var errors: [LintSetupError]

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
