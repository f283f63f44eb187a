/// Where the receiving side filed the message, as far as its headers say.
public enum DiagnosisVerdict: String, Sendable, Hashable, Codable {
    case inbox
    case spamFolder = "spam-folder"
    case quarantine
    case unknown

    public var phrase: String {
        switch self {
        case .inbox: "inbox"
        case .spamFolder: "spam folder"
        case .quarantine: "quarantine"
        case .unknown: "unknown"
        }
    }
}
