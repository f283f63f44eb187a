/// One thing a receiving-side header says, with its meaning and what it implies.
public struct DiagnosisSignal: Sendable, Hashable, Codable {
    /// The header family: `Authentication-Results`, `ARC`, `Microsoft`, `SpamAssassin`, `rspamd`.
    public var source: String
    /// The signal as written, e.g. `dmarc=fail (dis=quarantine)` or `SCL:5`.
    public var signal: String
    public var meaning: String
    /// Where the signal points the verdict; nil when it is neutral.
    public var implies: DiagnosisVerdict?
    /// What the sender should change; nil when nothing.
    public var senderFix: String?

    public init(source: String, signal: String, meaning: String, implies: DiagnosisVerdict? = nil, senderFix: String? = nil) {
        self.source = source
        self.signal = signal
        self.meaning = meaning
        self.implies = implies
        self.senderFix = senderFix
    }
}
