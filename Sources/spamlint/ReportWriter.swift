import ArgumentParser
import Foundation

/// Writes a report to standard output or a file; a write failure is an I/O error (exit 2).
enum ReportWriter {
    static func write(_ text: String, to path: String?) throws {
        guard let path else {
            // Written from the string's own bytes: a report of 10,000 files is megabytes, and a
            // copy of it would raise the peak memory of the whole run.
            var text = text
            text.withUTF8 { bytes in
                guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
                FileHandle.standardOutput.write(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: bytes.count, deallocator: .none))
            }
            return
        }
        do {
            // From the string's own bytes, as above: no megabyte copy of the report.
            var text = text
            try text.withUTF8 { bytes in
                let data = bytes.baseAddress.map { Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: $0), count: bytes.count, deallocator: .none) }
                try (data ?? Data()).write(to: URL(fileURLWithPath: path), options: .atomic)
            }
        } catch {
            printError("spamlint: cannot write \(path): \(error.localizedDescription)")
            throw ExitCode(2)
        }
    }
}
