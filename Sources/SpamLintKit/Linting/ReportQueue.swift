import Foundation

/// Hands reports made by tasks to the thread that called `LintRunner.run`, in the order pushed,
/// so a synchronous caller can stream them while the task group keeps working.
final class ReportQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var reports: [FileReport] = []
    private var head = 0
    private var isFinished = false

    func push(_ report: FileReport) {
        condition.lock()
        reports.append(report)
        condition.signal()
        condition.unlock()
    }

    func finish() {
        condition.lock()
        isFinished = true
        condition.signal()
        condition.unlock()
    }

    /// The next report, waiting for it; nil once every report was taken and `finish` was called.
    func pop() -> FileReport? {
        condition.lock()
        defer { condition.unlock() }
        while head == reports.count, !isFinished { condition.wait() }
        guard head < reports.count else { return nil }
        let report = reports[head]
        head += 1
        // Drop delivered reports now and then so the queue does not grow with the run.
        if head >= 256, head * 2 >= reports.count {
            reports.removeFirst(head)
            head = 0
        }
        return report
    }
}
