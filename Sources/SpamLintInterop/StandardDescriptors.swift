#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Process set-up for output that fails loudly instead of crashing or leaking into other files.
public enum StandardDescriptors {
    /// Ignores `SIGPIPE`, so a reader that goes away (`spamlint … | head`) makes the next write fail
    /// with `EPIPE`, which is reported, instead of killing the process silently.
    /// `SIGXFSZ` likewise: a file-size limit (`ulimit -f`) makes the write fail with `EFBIG`.
    public static func ignoreBrokenPipe() {
        signal(SIGPIPE, SIG_IGN)
        signal(SIGXFSZ, SIG_IGN)
    }

    /// Puts /dev/null on each of descriptors 0, 1 and 2 that is closed (`spamlint … >&-`), opened
    /// the wrong way round (write-only for 0, read-only for 1 and 2), so every read or write on it
    /// still fails with `EBADF` and is reported. Without this the next file opened would get the
    /// number, and the report would be written into an input or a temporary file.
    /// Returns the descriptors that were closed.
    @discardableResult
    public static func reserveClosed() -> [Int32] {
        var closed: [Int32] = []
        for descriptor: Int32 in 0...2 where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            let placeholder = open("/dev/null", descriptor == 0 ? O_WRONLY : O_RDONLY)
            guard placeholder >= 0 else { continue }
            if placeholder != descriptor {
                dup2(placeholder, descriptor)
                close(placeholder)
            }
            closed.append(descriptor)
        }
        return closed
    }
}
