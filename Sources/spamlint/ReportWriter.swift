import ArgumentParser
import Foundation
import SpamLintInterop

/// Writes a report to standard output or a file; a write failure is an I/O error (exit 2). A file
/// is written whole or not at all (`AtomicFileWriter`): a failed run leaves no truncated report.
enum ReportWriter {
    static func write(_ text: String, to path: String?) throws {
        guard let path else { return try StandardOutput.write(text) }
        guard case .failure(let failure) = AtomicFileWriter.write(text, to: location(of: path)) else { return }
        let step = failure.step == "write" || failure.step == "open" ? "" : "cannot \(failure.step): "
        printError("spamlint: cannot write \(path): \(step)\(failure.error.reason)")
        throw ExitCode(2)
    }

    /// Where a report named `path` is written: `..` and `.` are resolved in the name, as
    /// Foundation's file URLs resolve them (`out/../report.sarif` is `report.sarif` even when
    /// `out` does not exist). `OutputTargets` checks the same location against the inputs.
    static func location(of path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
