#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few `stat` fields the linter needs, copied out of the C struct.
public struct FileStatus: Sendable, Hashable {
    public var kind: FileKind
    public var size: Int
    /// The device the file lives on (`st_dev`), to stay on one file system while walking.
    public var device: UInt64
    /// The file's inode number (`st_ino`): with `device`, which file this is, whatever the path.
    public var inode: UInt64

    init(_ raw: stat) {
        switch raw.st_mode & S_IFMT {
        case S_IFREG: kind = .regular
        case S_IFDIR: kind = .directory
        case S_IFLNK: kind = .symbolicLink
        default: kind = .other
        }
        size = Int(raw.st_size)
        device = UInt64(raw.st_dev)
        inode = UInt64(raw.st_ino)
    }

    /// True when both name the same file (device and inode), as two paths or links to one file do.
    public func isSameFile(as other: FileStatus) -> Bool {
        device == other.device && inode == other.inode
    }

    /// `fstat` of an open descriptor: what was opened, whatever the path names by now.
    public static func of(descriptor: Int32) -> Result<FileStatus, FileSystemError> {
        var raw = stat()
        guard fstat(descriptor, &raw) == 0 else { return .failure(FileSystemError(code: errno)) }
        return .success(FileStatus(raw))
    }

    /// `stat` (symlinks followed) or `lstat` of `path`; the `errno` on failure.
    public static func of(_ path: String, followingLinks: Bool) -> Result<FileStatus, FileSystemError> {
        var raw = stat()
        let status = followingLinks ? stat(path, &raw) : lstat(path, &raw)
        guard status == 0 else { return .failure(FileSystemError(code: errno)) }
        return .success(FileStatus(raw))
    }
}
