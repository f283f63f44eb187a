import Foundation

/// The setups a run has worked out, by chain, matching overrides and flags (see `LintSetup`).
final class ResolutionCache: @unchecked Sendable {
    private let lock = NSLock()
    private var known: [ResolutionKey: Result<LintSetup.Resolution, LintSetupError>] = [:]

    func value(for key: ResolutionKey) -> Result<LintSetup.Resolution, LintSetupError>? {
        lock.lock()
        defer { lock.unlock() }
        return known[key]
    }

    func store(_ result: Result<LintSetup.Resolution, LintSetupError>, for key: ResolutionKey) {
        lock.lock()
        known[key] = result
        lock.unlock()
    }
}
