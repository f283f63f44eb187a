/// The input bytes of the files being linted at once, bounded: memory grows with the bytes a file
/// holds (its tree and links), not with the number of files, so the parallel runners admit a file
/// only while the bytes in flight stay within `limit`. A file larger than the limit is linted alone.
struct ByteBudget: Sendable {
    let limit: Int
    private(set) var inFlight = 0

    init(limit: Int) {
        self.limit = max(1, limit)
    }

    /// True when a file of `cost` bytes may start now: nothing else is in flight, or it fits.
    func admits(_ cost: Int) -> Bool {
        inFlight == 0 || inFlight + cost <= limit
    }

    mutating func take(_ cost: Int) {
        inFlight += cost
    }

    mutating func release(_ cost: Int) {
        inFlight -= cost
    }
}
