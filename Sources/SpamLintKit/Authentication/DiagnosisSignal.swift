/// One thing a receiving-side header says, with its meaning and what it implies.
@_spi(CLI) public struct DiagnosisSignal: Sendable, Hashable, Codable {
    /// The header family: `Authentication-Results`, `ARC`, `Microsoft`, `SpamAssassin`, `rspamd`.
    @_spi(CLI) public var source: String
    /// The signal as written, e.g. `dmarc=fail (dis=quarantine)` or `SCL:5`.
    @_spi(CLI) public var signal: String
    @_spi(CLI) public var meaning: String
    /// Where the signal points the verdict; nil when it is neutral.
    @_spi(CLI) public var implies: DiagnosisVerdict?
    /// What the sender should change; nil when nothing.
    @_spi(CLI) public var senderFix: String?

    @_spi(CLI) public init(source: String, signal: String, meaning: String, implies: DiagnosisVerdict? = nil, senderFix: String? = nil) {
        self.source = source
        self.signal = signal
        self.meaning = meaning
        self.implies = implies
        self.senderFix = senderFix
    }
}
