/// Where each effective setting of one file came from, for `spamlint config --print`: the last
/// writer of each key wins, as when the settings are applied.
@_spi(CLI) public struct ConfigurationTrace: Sendable {
    @_spi(CLI) public struct Entry: Sendable, Hashable {
        @_spi(CLI) public var key: String
        @_spi(CLI) public var value: String
        /// `file:line:column`, with the `overrides:` entry when it came from one; "default" or
        /// "command line" for settings no file wrote.
        @_spi(CLI) public var origin: String
    }

    @_spi(CLI) public private(set) var entries: [String: Entry] = [:]

    @_spi(CLI) public init() {}

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
    @_spi(CLI) public var sorted: [Entry] { entries.values.sorted { $0.key < $1.key } }
}
