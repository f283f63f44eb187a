import Foundation

/// Runs `work` over indices `0..<count` on worker threads and hands the results to the calling
/// thread in index order, with at most `window` indices started but not yet handed over, and the
/// `cost` of the indices being worked on within `budget` (see `ByteBudget`).
///
/// The synchronous face of `LintRunner`: it must not block a thread of Swift's cooperative pool
/// waiting for tasks that need that pool (a caller already inside a task would deadlock it), so it
/// uses threads of its own.
final class OrderedWorkers<Result: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var results: [Int: Result] = [:]
    private var nextToStart = 0
    private var delivered = 0
    private let count: Int
    private let window: Int
    private var budget: ByteBudget
    private let cost: @Sendable (Int) -> Int
    private var costs: [Int: Int] = [:]

    init(count: Int, window: Int, budget: Int = .max, cost: @escaping @Sendable (Int) -> Int = { _ in 0 }) {
        self.count = count
        self.window = max(1, window)
        self.budget = ByteBudget(limit: budget)
        self.cost = cost
    }

    func run(threads: Int, work: @escaping @Sendable (Int) -> Result, deliver: (Result) -> Void) {
        for _ in 0..<max(1, min(threads, count)) {
            let thread = Thread { [self] in
                while let index = claim() {
                    let result = work(index)
                    condition.lock()
                    budget.release(costs.removeValue(forKey: index) ?? 0)
                    results[index] = result
                    condition.broadcast()
                    condition.unlock()
                }
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        while delivered < count {
            condition.lock()
            while results[delivered] == nil { condition.wait() }
            let result = results.removeValue(forKey: delivered)!
            delivered += 1
            condition.broadcast()
            condition.unlock()
            deliver(result)
        }
    }

    /// The next index to work on, waiting while the window is full; nil when all are started.
    private func claim() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while nextToStart < count, nextToStart - delivered >= window || !budget.admits(nextCost()) { condition.wait() }
        guard nextToStart < count else { return nil }
        let index = nextToStart
        let taken = nextCost()
        costs[index] = taken
        budget.take(taken)
        nextToStart += 1
        return index
    }

    /// The cost of the next index to start, asked once (a `stat` of the file, for the lint runner).
    private var pendingCost: (index: Int, cost: Int)?
    private func nextCost() -> Int {
        if let pendingCost, pendingCost.index == nextToStart { return pendingCost.cost }
        let value = cost(nextToStart)
        pendingCost = (nextToStart, value)
        return value
    }
}
