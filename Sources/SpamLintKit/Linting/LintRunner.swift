import Foundation

/// Lints many files on all cores with output identical to a serial run: files are processed in
/// bounded batches (so memory stays flat over 10,000 files) and delivered in input order.
public struct LintRunner: Sendable {
    public let linter: Linter
    public var batchSize: Int

    public init(linter: Linter, batchSize: Int = 64) {
        self.linter = linter
        self.batchSize = max(1, batchSize)
    }

    /// Lints `files`, calling `deliver` with each report in input order.
    public func run(_ files: [InputFile], deliver: (FileReport) -> Void) {
        var start = 0
        while start < files.count {
            let batch = Array(files[start..<min(start + batchSize, files.count)])
            let results = ReportSlots(count: batch.count)
            DispatchQueue.concurrentPerform(iterations: batch.count) { index in
                results.set(index, lint(batch[index]))
            }
            for report in results.values { deliver(report) }
            start += batch.count
        }
    }

    /// Lints one file; never throws: an unreadable file becomes a report with an error.
    public func lint(_ file: InputFile) -> FileReport {
        switch FileLoader.load(file, maxSize: linter.options.maxFileSize) {
        case .success(let bytes):
            return linter.report(path: file.displayPath, bytes: bytes)
        case .failure(let error):
            return .failure(path: file.displayPath, error: error.description)
        }
    }
}

/// Fixed slots written from concurrent iterations, each slot by exactly one iteration.
private final class ReportSlots: @unchecked Sendable {
    private var slots: [FileReport?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ report: FileReport) {
        lock.lock()
        slots[index] = report
        lock.unlock()
    }

    var values: [FileReport] { slots.compactMap { $0 } }
}
