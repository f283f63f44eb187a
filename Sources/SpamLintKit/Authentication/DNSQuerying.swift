import SpamLintInterop

/// Something that answers DNS questions: the libresolv-backed `DNSResolver`, or a fixed table in tests.
public protocol DNSQuerying: Sendable {
    func query(_ name: String, type: DNSRecordType) throws(DNSLookupError) -> DNSLookupResult
}

extension DNSResolver: DNSQuerying {}
