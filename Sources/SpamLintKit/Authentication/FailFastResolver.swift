import Foundation
import SpamLintInterop

/// Wraps a resolver for one domain check: once a question goes unanswered (timeout, refused),
/// every later question fails at once with the same error, so an unreachable server costs one
/// timeout, not one per record.
final class FailFastResolver: DNSQuerying, @unchecked Sendable {
    private let resolver: any DNSQuerying
    private let lock = NSLock()
    private var failure: DNSLookupError?

    init(_ resolver: any DNSQuerying) {
        self.resolver = resolver
    }

    func query(_ name: String, type: DNSRecordType) throws(DNSLookupError) -> DNSLookupResult {
        if let failure = lock.withLock({ self.failure }) { throw failure }
        do {
            return try resolver.query(name, type: type)
        } catch {
            lock.withLock { self.failure = error }
            throw error
        }
    }
}
