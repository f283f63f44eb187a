/// A `--dns-server` value that is not `IPv4[:PORT]`.
public struct DNSSettingsError: Error, Sendable, CustomStringConvertible {
    public var server: String

    public var description: String { "invalid DNS server '\(server)'; give an IPv4 address, optionally with :PORT (e.g. 127.0.0.1:5353)" }
}
