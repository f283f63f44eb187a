/// Positions 0..<count, each either still open or taken, answering "the first open position at
/// or after i" in near-constant amortized time (a disjoint-set forest with path halving). Used to
/// hand out findings to suppression scopes without visiting a taken finding twice.
struct NextUnassigned {
    /// `parent[i] == i` while `i` is open; a taken position points further right. `count` is a sentinel.
    private var parent: [Int]

    init(count: Int) {
        parent = Array(0...count)
    }

    /// The first open position at or after `position`; the count when none is.
    mutating func next(from position: Int) -> Int {
        var current = min(position, parent.count - 1)
        while parent[current] != current {
            parent[current] = parent[parent[current]]
            current = parent[current]
        }
        return current
    }

    /// Takes `position` (which must be below the count).
    mutating func remove(_ position: Int) {
        parent[position] = position + 1
    }
}
