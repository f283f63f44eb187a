import Foundation

/// Remembers which entry of a built-in domain list covers a host, shared by every thread.
///
/// Every link host is looked up in several lists by several rules, each lookup hashing the host
/// and each of its parent domains; a run sees the same few hosts again and again. The lists are
/// fixed for the run, so a remembered answer is the answer.
final class DomainMatchCache: @unchecked Sendable {
    private let lock = NSLock()
    /// The covering entry, or nil when none covers the host.
    private var matches: [String: String?] = [:]
    /// Bounds memory on huge runs with many distinct hosts: the cache starts over past this.
    private static let capacity = 50_000

    func match(_ host: String, compute: () -> String?) -> String? {
        if let known = lock.withLock({ matches[host] }) { return known }
        let match = compute()
        lock.withLock {
            if matches.count >= DomainMatchCache.capacity { matches.removeAll(keepingCapacity: true) }
            matches[host] = match
        }
        return match
    }
}
