import Foundation
import SpamLintInterop

/// Lints many files on all cores with output identical to a serial run.
///
/// Files are linted in parallel (child tasks of one task group for async callers such as the CLI,
/// worker threads for synchronous ones) and delivered in input order. At most
/// `window` files are in flight (started but not yet delivered), so memory stays flat over 10,000
/// files: each task drops its document once its small report is made, and a slow file can hold back
/// at most `window` finished reports. The files being linted hold at most `maxBytesInFlight` bytes
/// together (a larger file is linted alone): a file's memory grows with its size, so two large
/// files are not read and parsed at once.
@_spi(CLI) public struct LintRunner: Sendable {
    @_spi(CLI) public let linter: Linter
    /// Files in flight at once; a few per core keeps every core busy while one file is slow.
    @_spi(CLI) public var window: Int
    /// Input bytes of the files being linted at once (see `ByteBudget`).
    @_spi(CLI) public var maxBytesInFlight: Int

    @_spi(CLI) public init(linter: Linter, window: Int = LintRunner.defaultWindow, maxBytesInFlight: Int = LintRunner.defaultBytesInFlight) {
        self.linter = linter
        self.window = max(1, window)
        self.maxBytesInFlight = max(1, maxBytesInFlight)
    }

    /// 32 MiB: a link-dense file takes up to about 30 times its size while it is linted, so the files
    /// in flight stay under 1 GB; mail is rarely over 1 MB, so this holds back nothing but big files.
    @_spi(CLI) public static let defaultBytesInFlight = 32 << 20

    /// The bytes `file` will hold once read: its size (symlinks followed), the size limit for standard
    /// input, 0 when it cannot be stat'ed (loading it fails at once).
    func cost(of file: InputFile) -> Int {
        if file.isStandardInput { return linter.options.maxFileSize }
        guard case .success(let status) = FileStatus.of(file.openPath, followingLinks: true), status.kind == .regular else { return 0 }
        return min(status.size, linter.options.maxFileSize)
    }

    @_spi(CLI) public static var defaultWindow: Int { max(4, ProcessInfo.processInfo.activeProcessorCount * 8) }

    /// Lints `files`, calling `deliver` with each report in input order, on the calling thread.
    ///
    /// Safe to call from any thread, a task included: the files are linted on worker threads of
    /// the runner's own (see `OrderedWorkers`). Async callers use the task-group overload.
    @_spi(CLI) public func run(_ files: [InputFile], deliver: (FileReport) -> Void) {
        // One file (a pre-commit hook's usual call) or one core: no threads to start or wait for.
        let threads = ProcessInfo.processInfo.activeProcessorCount
        if files.count <= 1 || window == 1 || threads == 1 {
            for file in files { deliver(lint(file)) }
            return
        }
        let runner = self
        OrderedWorkers<FileReport>(count: files.count, window: window, budget: maxBytesInFlight, cost: { runner.cost(of: files[$0]) })
            .run(threads: threads, work: { runner.lint(files[$0]) }, deliver: deliver)
    }

    /// Lints `files` with structured concurrency, calling `deliver` with each report in input order.
    /// `deliver` runs in the calling task, never in a child task, so it need not be `Sendable`.
    @_spi(CLI) public func run(_ files: [InputFile], deliver: (FileReport) -> Void) async {
        await run(files, linters: nil, deliver: deliver)
    }

    /// As `run(_:deliver:)`, each file linted by the linter at its index in `linters` (its own
    /// configuration's); the runner's own linter when `linters` is nil.
    @_spi(CLI) public func run(_ files: [InputFile], linters: [Linter]?, deliver: (FileReport) -> Void) async {
        precondition(linters == nil || linters?.count == files.count, "one linter per file")
        let lint: @Sendable (Int) -> FileReport = { index in
            guard let linters else { return self.lint(files[index]) }
            return LintRunner(linter: linters[index], window: 1).lint(files[index])
        }
        await withTaskGroup(of: (Int, FileReport).self) { group in
            var next = 0
            var delivered = 0
            var finished: [Int: FileReport] = [:]
            var budget = ByteBudget(limit: maxBytesInFlight)
            var costs: [Int: Int] = [:]
            var nextCost: Int?
            func startAdmitted() {
                while next < files.count, next - delivered < window {
                    let cost = nextCost ?? self.cost(of: files[next])
                    guard budget.admits(cost) else {
                        nextCost = cost
                        return
                    }
                    nextCost = nil
                    budget.take(cost)
                    costs[next] = cost
                    let index = next
                    group.addTask { (index, lint(index)) }
                    next += 1
                }
            }
            startAdmitted()
            while let (index, report) = await group.next() {
                budget.release(costs.removeValue(forKey: index) ?? 0)
                finished[index] = report
                while let ready = finished.removeValue(forKey: delivered) {
                    deliver(ready)
                    delivered += 1
                }
                startAdmitted()
            }
        }
    }

    /// Lints one file; never throws: an unreadable file becomes a report with an error.
    @_spi(CLI) public func lint(_ file: InputFile) -> FileReport {
        switch FileLoader.load(file, maxSize: linter.options.maxFileSize) {
        case .success(let bytes):
            return linter.report(path: file.displayPath, bytes: bytes, openPath: file.isStandardInput ? nil : file.openPath)
        case .failure(let error):
            return .failure(path: file.displayPath, error: error.description)
        }
    }
}
