import SpamLintInterop

/// How much CPU time one file may take (`--time-limit`, config `time-limit:`), checked
/// cooperatively: the linter looks between stages and between rules, and long loops (the walk over
/// a huge document's nodes) look every few thousand steps and stop early. No thread is ever
/// killed; a file whose budget is spent is reported as an error and the run goes on.
///
/// The clock is the thread's own CPU time: a file is read and linted synchronously on one thread,
/// so a busy machine (other builds on the cores) does not make a file time out.
@_spi(CLI) public struct WorkBudget: Sendable, Hashable {
    /// The budget of the file being linted on this task or thread, if any: long loops deep in
    /// reading consult it without every function on the way passing it down.
    @TaskLocal static var current: WorkBudget?

    @_spi(CLI) public let seconds: Double
    private let deadline: Double

    @_spi(CLI) public init(seconds: Double) {
        self.seconds = seconds
        deadline = ThreadCPUClock.seconds() + seconds
    }

    /// True once the thread has used more CPU time than the budget allows.
    var isSpent: Bool { ThreadCPUClock.seconds() > deadline }

    /// For loops: true when the current budget is spent, looked at on every 4,096th `step` only
    /// (reading the thread's CPU clock is a system call).
    static func isSpent(atStep step: Int) -> Bool {
        step & 4_095 == 0 && current?.isSpent == true
    }
}
