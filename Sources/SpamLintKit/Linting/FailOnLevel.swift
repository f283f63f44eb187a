/// The lowest finding severity that fails a file on its own (`--fail-on`, config `thresholds.fail-on`),
/// independently of the score gate. `never` leaves only the score and count gates.
public enum FailOnLevel: String, Sendable, Hashable, Codable, CaseIterable {
    case error
    case warning
    case info
    case never

    /// True when a finding of `severity` fails the file.
    public func fails(_ severity: Severity) -> Bool {
        switch self {
        case .error: severity >= .error
        case .warning: severity >= .warning
        case .info: true
        case .never: false
        }
    }
}
