/// Where the receiving side filed the message, as far as its headers say.
@_spi(CLI) public enum DiagnosisVerdict: String, Sendable, Hashable, Codable {
    case inbox
    case spamFolder = "spam-folder"
    case quarantine
    case unknown

    @_spi(CLI) public var phrase: String {
        switch self {
        case .inbox: "inbox"
        case .spamFolder: "spam folder"
        case .quarantine: "quarantine"
        case .unknown: "unknown"
        }
    }
}
