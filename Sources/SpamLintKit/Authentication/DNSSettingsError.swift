/// A `--dns-server` value that is not `IPv4[:PORT]`.
@_spi(CLI) public struct DNSSettingsError: Error, Sendable, CustomStringConvertible {
    @_spi(CLI) public var server: String

    @_spi(CLI) public var description: String { "invalid DNS server '\(server)'; give an IPv4 address, optionally with :PORT (e.g. 127.0.0.1:5353)" }
}
