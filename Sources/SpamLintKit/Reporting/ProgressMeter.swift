import Dispatch

/// `[done/total] files` on one terminal line, rewritten in place, for long runs. The CLI creates
/// it only when standard error is a terminal, so redirected output and machine formats never see it.
/// Nothing shows for the first `delay` seconds (short runs stay quiet), then at most every `interval`.
@_spi(CLI) public final class ProgressMeter {
    private let total: Int
    private let delay: Double
    private let interval: Double
    private let write: (String) -> Void
    private let now: () -> Double
    private let start: Double
    private var done = 0
    private var lastWrite: Double?

    @_spi(CLI) public init(total: Int, delay: Double = 0.5, interval: Double = 0.1, write: @escaping (String) -> Void,
                now: @escaping () -> Double = { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }) {
        self.total = total
        self.delay = delay
        self.interval = interval
        self.write = write
        self.now = now
        self.start = now()
    }

    /// Counts one more file done.
    @_spi(CLI) public func advance() {
        done += 1
        let time = now()
        guard time - start >= delay else { return }
        if let lastWrite, time - lastWrite < interval, done < total { return }
        lastWrite = time
        write("\r[\(done)/\(total)] files")
    }

    /// Erases the progress line, if one was written, so the report starts on a clean line.
    @_spi(CLI) public func finish() {
        guard lastWrite != nil else { return }
        write("\r\u{1B}[K")
        lastWrite = nil
    }
}
