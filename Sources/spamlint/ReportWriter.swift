import ArgumentParser
import Foundation

/// Writes a report to standard output or a file; a write failure is an I/O error (exit 2).
enum ReportWriter {
    static func write(_ text: String, to path: String?) throws {
        guard let path else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            printError("spamlint: cannot write \(path): \(error.localizedDescription)")
            throw ExitCode(2)
        }
    }
}
