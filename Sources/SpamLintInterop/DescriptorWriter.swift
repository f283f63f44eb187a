#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes bytes to a file descriptor with `write(2)` until all are written: interrupted and
/// partial writes are resumed, and every failure (a full disk, a closed or read-only descriptor,
/// a reader that went away: `EPIPE`, once `SIGPIPE` is ignored) comes back as an error instead
/// of a crash or a silently shortened output.
public enum DescriptorWriter {
    public static let standardOutput: Int32 = 1
    public static let standardError: Int32 = 2

    /// Writes all of `bytes`; nil when they were, else the `errno` that stopped it.
    public static func write(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> FileSystemError? {
        guard var base = bytes.baseAddress else { return nil }
        var remaining = bytes.count
        while remaining > 0 {
            let written = systemWrite(descriptor, base, remaining)
            if written < 0 {
                if errno == EINTR { continue }
                // A descriptor left non-blocking by whoever opened it: wait until it takes more.
                if errno == EAGAIN || errno == EWOULDBLOCK, wait(descriptor, for: Int16(POLLOUT)) { continue }
                return FileSystemError(code: errno)
            }
            // write(2) never returns 0 for a non-zero count on a file or pipe; guard against a loop anyway.
            if written == 0 { return FileSystemError(code: EIO) }
            base += written
            remaining -= written
        }
        return nil
    }

    /// Writes the UTF-8 of `text`, from the string's own storage (a report can be megabytes).
    public static func write(_ text: String, to descriptor: Int32) -> FileSystemError? {
        var text = text
        return text.withUTF8 { write(UnsafeRawBufferPointer($0), to: descriptor) }
    }

    /// Waits until `descriptor` is ready for `events`; false when `poll` itself fails.
    static func wait(_ descriptor: Int32, for events: Int16) -> Bool {
        var entry = pollfd(fd: descriptor, events: events, revents: 0)
        while true {
            let ready = poll(&entry, 1, -1)
            if ready >= 0 { return true }
            if errno != EINTR { return false }
        }
    }

    private static func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.write(descriptor, buffer, count)
        #else
        return Darwin.write(descriptor, buffer, count)
        #endif
    }
}
