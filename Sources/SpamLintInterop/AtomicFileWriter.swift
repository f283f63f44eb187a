#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a whole file or nothing: the bytes go to a new temporary file in the target's folder
/// (so the rename stays on one file system), which is flushed and then renamed over the target.
/// A failed write (full disk, quota, a read-only folder) leaves the old file as it was and no
/// truncated one; the temporary file is removed.
public enum AtomicFileWriter {
    /// What failed, with the system's reason.
    public struct Failure: Error, Sendable {
        /// "open", "write", "create a temporary file in /x", "rename … to …".
        public var step: String
        public var error: FileSystemError
    }

    public static func write(_ text: String, to path: String) -> Result<Void, Failure> {
        var text = text
        return text.withUTF8 { write(UnsafeRawBufferPointer($0), to: path) }
    }

    public static func write(_ bytes: UnsafeRawBufferPointer, to path: String) -> Result<Void, Failure> {
        var existing = stat()
        let exists = stat(path, &existing) == 0
        // A device, FIFO or socket (/dev/stdout, /dev/null, a process substitution) is written in
        // place: renaming over it would replace the device node with a file.
        if exists, existing.st_mode & S_IFMT != S_IFREG { return writeInPlace(bytes, to: path) }
        // A link is written through: the file it leads to gets the report, the link stays.
        var linkStatus = stat()
        if lstat(path, &linkStatus) == 0, linkStatus.st_mode & S_IFMT == S_IFLNK, let resolved = realpath(path, nil) {
            defer { free(resolved) }
            return replace(bytes, at: String(cString: resolved), mode: existing.st_mode & 0o7777)
        }
        return replace(bytes, at: path, mode: exists ? existing.st_mode & 0o7777 : nil)
    }

    private static func writeInPlace(_ bytes: UnsafeRawBufferPointer, to path: String) -> Result<Void, Failure> {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(Failure(step: "open", error: FileSystemError(code: errno))) }
        defer { close(descriptor) }
        if let error = DescriptorWriter.write(bytes, to: descriptor) { return .failure(Failure(step: "write", error: error)) }
        return .success(())
    }

    /// Writes a temporary file beside `path` and renames it over `path`; `mode` is that of the
    /// file replaced, nil for a new file.
    private static func replace(_ bytes: UnsafeRawBufferPointer, at path: String, mode existingMode: mode_t?) -> Result<Void, Failure> {
        let folder = path.lastIndex(of: "/").map { String(path[...$0]) } ?? "./"
        let name = path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
        var template = Array((folder + "." + name + ".spamlint-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            return .failure(Failure(step: "create a temporary file in \(folder)", error: FileSystemError(code: errno)))
        }
        // Not inherited by a child (git ls-files may run while a report is written by a library caller).
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var closed = false
        func fail(_ step: String, _ code: Int32) -> Result<Void, Failure> {
            if !closed { close(descriptor) }
            unlink(temporary)
            return .failure(Failure(step: step, error: FileSystemError(code: code)))
        }
        // mkstemp makes the file 0600; a report gets the mode a new file would (0666 less the
        // umask), or the mode of the file it replaces.
        let mode: mode_t
        if let existingMode {
            mode = existingMode
        } else {
            let mask = umask(0)
            umask(mask)
            mode = 0o666 & ~mask
        }
        if fchmod(descriptor, mode) != 0 { return fail("set the mode of \(temporary)", errno) }
        if let error = DescriptorWriter.write(bytes, to: descriptor) { return fail("write", error.code) }
        // Some file systems (NFS, quotas) report a full disk only when the data is flushed or closed.
        if fsync(descriptor) != 0, errno != EINVAL, errno != EROFS { return fail("write", errno) }
        closed = true
        if close(descriptor) != 0 { return fail("write", errno) }
        if rename(temporary, path) != 0 { return fail("rename \(temporary) to \(path)", errno) }
        return .success(())
    }
}
