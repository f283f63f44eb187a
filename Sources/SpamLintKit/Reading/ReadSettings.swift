/// What the user tells the reader about the sender (`--from`, `--sending-domain`, config `sender:`).
public struct ReadSettings: Sendable, Hashable {
    public var from: String?
    public var sendingDomain: String?

    public init(from: String? = nil, sendingDomain: String? = nil) {
        self.from = from
        self.sendingDomain = sendingDomain?.lowercased().trimmingTrailingDots()
    }
}
