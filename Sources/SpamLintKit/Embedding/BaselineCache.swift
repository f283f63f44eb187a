import Foundation

/// Each baseline file a run uses, read once (several folders' configurations may name the same one).
final class BaselineCache: @unchecked Sendable {
    private let lock = NSLock()
    private var loaded: [String: Result<Baseline, BaselineError>] = [:]

    func load(_ path: String) -> Result<Baseline, BaselineError> {
        lock.lock()
        defer { lock.unlock() }
        let key = URL(fileURLWithPath: path).standardizedFileURL.path
        if let known = loaded[key] { return known }
        let result = Result { () throws(BaselineError) in try Baseline.load(path: path) }
        loaded[key] = result
        return result
    }
}
