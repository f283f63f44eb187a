import Foundation
import SpamLintInterop

/// Messages to standard error. When standard error itself cannot be written (`2>/dev/full`, a
/// closed descriptor) nothing can be said, so the run remembers it and exits 2 at the end.
enum StandardError {
    private final class Flag: @unchecked Sendable {
        let lock = NSLock()
        var raised = false
    }

    private static let failedWrite = Flag()

    /// True once a message could not be written.
    static var failed: Bool { failedWrite.lock.withLock { failedWrite.raised } }

    static func write(_ text: String) {
        guard DescriptorWriter.write(text, to: DescriptorWriter.standardError) != nil else { return }
        failedWrite.lock.withLock { failedWrite.raised = true }
    }
}

func printError(_ message: String) {
    StandardError.write(message + "\n")
}
