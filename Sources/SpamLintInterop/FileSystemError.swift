#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An `errno` from a file-system call, with the operating system's own wording.
public struct FileSystemError: Error, Sendable, Hashable {
    public var code: Int32

    public init(code: Int32) {
        self.code = code
    }

    /// `strerror`'s text, such as "No such file or directory".
    public var reason: String { String(cString: strerror(code)) }

    public var isNoSuchFile: Bool { code == ENOENT }
}
