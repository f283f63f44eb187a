/// The band a file's total score falls in.
public enum Verdict: String, Sendable, Hashable, Codable {
    case low
    case elevated
    case high
}
