/// Where each effective setting of one file came from, for `spamlint config --print`: the last
/// writer of each key wins, as when the settings are applied.
public struct ConfigurationTrace: Sendable {
    public struct Entry: Sendable, Hashable {
        public init(key: String, value: String, origin: String) {
            self.key = key
            self.value = value
            self.origin = origin
        }

        public var key: String
        public var value: String
        /// `file:line:column`, with the `overrides:` entry when it came from one; "default" or
        /// "command line" for settings no file wrote.
        public var origin: String
    }

    public internal(set) var entries: [String: Entry] = [:]

    public init() {}

    mutating func record(key: String, value: String, file: String?, location: ConfigurationLocation?, label: String) {
        var origin = file ?? "configuration"
        if let location { origin += ":\(location.line):\(location.column)" }
        if !label.isEmpty { origin += " (\(label))" }
        entries[key] = Entry(key: key, value: value, origin: origin)
    }

    mutating func record(key: String, value: String, origin: String) {
        entries[key] = Entry(key: key, value: value, origin: origin)
    }

    /// Entries sorted by key.
    public var sorted: [Entry] { entries.values.sorted { $0.key < $1.key } }
}
