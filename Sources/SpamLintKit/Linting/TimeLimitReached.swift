/// A file whose work budget (`--time-limit`) ran out, and how far its lint got.
struct TimeLimitReached: Error, Sendable, CustomStringConvertible {
    enum Stage: Sendable {
        /// Reading, parsing and extracting the document; no rule ran.
        case reading
        /// Between rules: `ran` of `of` document rules had run, `last` the last of them.
        case rules(ran: Int, of: Int, last: String?)
    }

    var seconds: Double
    var stage: Stage

    var description: String {
        let shown = seconds.rounded() == seconds && seconds < 1e9 ? String(Int(seconds)) : String(seconds)
        let limit = "time limit of \(shown) s of CPU reached"
        let hint = "not linted (raise --time-limit or time-limit:, 0 for none)"
        switch stage {
        case .reading:
            return "\(limit) while reading and extracting the file; no rule ran; \(hint)"
        case .rules(let ran, let total, let last):
            let after = last.map { ", the last \($0)" } ?? ""
            return "\(limit) after the file was read and \(ran) of \(total) rules ran\(after); \(hint)"
        }
    }
}
