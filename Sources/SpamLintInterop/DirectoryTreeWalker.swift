#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Lists a folder tree with `opendir`/`readdir`, taking each entry's type from `d_type`, so a
/// walk costs one system call per folder rather than several per file (Foundation's enumerator
/// stats every entry and builds a URL for it).
///
/// Walks like fts(3) with `FTS_PHYSICAL | FTS_XDEV` below the root: symbolic links inside the
/// tree are reported but never followed, and folders on another file system are not entered. The
/// root itself is followed when it is a link (the user named it). A folder that cannot be opened
/// or that is on another file system is listed in `skipped` with the reason, never passed over
/// silently. Entries come in no particular order.
public enum DirectoryTreeWalker {
    /// Every entry below `root` except `.` and `..`; a folder is entered only when `enter` says so.
    public static func entries(under root: String, enter: (DirectoryTreeEntry) -> Bool) -> [DirectoryTreeEntry] {
        listing(under: root, enter: enter).entries
    }

    /// The entries below `root` and the folders that were not entered, with why.
    public static func listing(under root: String, enter: (DirectoryTreeEntry) -> Bool) -> DirectoryTreeListing {
        let rootBytes = Array(root.utf8)
        var rootStatus = stat()
        guard followedStatus(rootBytes, &rootStatus) == 0, rootStatus.st_mode & S_IFMT == S_IFDIR else {
            return DirectoryTreeListing(entries: [], skipped: [])
        }
        let rootDevice = rootStatus.st_dev

        var found: [DirectoryTreeEntry] = []
        var skipped: [DirectoryTreeSkip] = []
        // Folders still to read: full path bytes, relative path, and whether every name so far was UTF-8.
        var pending: [(path: [UInt8], relative: String, isValidUTF8: Bool)] = [(rootBytes, "", true)]
        while let folder = pending.popLast() {
            guard let stream = openDirectory(folder.path) else {
                skipped.append(DirectoryTreeSkip(relativePath: folder.relative, reason: FileSystemError(code: errno).reason))
                continue
            }
            defer { closedir(stream) }
            var folderStatus = stat()
            guard fstat(dirfd(stream), &folderStatus) == 0 else {
                skipped.append(DirectoryTreeSkip(relativePath: folder.relative, reason: FileSystemError(code: errno).reason))
                continue
            }
            guard folderStatus.st_dev == rootDevice else {
                skipped.append(DirectoryTreeSkip(relativePath: folder.relative, reason: "on another file system (not entered)"))
                continue
            }
            while let record = readdir(stream) {
                let capacity = MemoryLayout.size(ofValue: record.pointee.d_name)
                let nameBytes = withUnsafePointer(to: &record.pointee.d_name) { pointer in
                    UnsafeRawPointer(pointer).withMemoryRebound(to: UInt8.self, capacity: capacity) { name in
                        Array(UnsafeBufferPointer(start: name, count: strnlen(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self), capacity)))
                    }
                }
                if nameBytes == [0x2E] || nameBytes == [0x2E, 0x2E] { continue }
                var path = folder.path
                if path.last != 0x2F { path.append(0x2F) }
                path += nameBytes
                let validName = String(validating: nameBytes, as: UTF8.self)
                let name = validName ?? String(decoding: nameBytes, as: UTF8.self)
                let isValidUTF8 = folder.isValidUTF8 && validName != nil
                let kind = kindOf(type: record.pointee.d_type, path: path)
                let entry = DirectoryTreeEntry(relativePath: folder.relative.isEmpty ? name : folder.relative + "/" + name,
                                               name: name, kind: kind, isValidUTF8: isValidUTF8,
                                               foundationPath: isValidUTF8 ? nil : foundationString(path))
                found.append(entry)
                if kind == .directory, enter(entry) {
                    pending.append((path, entry.relativePath, isValidUTF8))
                }
            }
        }
        return DirectoryTreeListing(entries: found, skipped: skipped)
    }

    private static func kindOf(type: UInt8, path: [UInt8]) -> FileKind {
        switch Int32(type) {
        case Int32(DT_REG): return .regular
        case Int32(DT_DIR): return .directory
        case Int32(DT_LNK): return .symbolicLink
        case Int32(DT_UNKNOWN):
            // Some file systems do not fill d_type; ask lstat.
            var status = stat()
            guard linkStatus(path, &status) == 0 else { return .other }
            return FileStatus(status).kind
        default: return .other
        }
    }

    private static func followedStatus(_ path: [UInt8], _ status: inout stat) -> Int32 {
        (path + [0]).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { stat($0.baseAddress!, &status) }
        }
    }

    private static func linkStatus(_ path: [UInt8], _ status: inout stat) -> Int32 {
        (path + [0]).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { lstat($0.baseAddress!, &status) }
        }
    }

    #if canImport(Glibc)
    private typealias DirectoryStream = OpaquePointer
    #else
    private typealias DirectoryStream = UnsafeMutablePointer<DIR>
    #endif

    private static func openDirectory(_ path: [UInt8]) -> DirectoryStream? {
        (path + [0]).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { opendir($0.baseAddress!) }
        }
    }

    private static func foundationString(_ path: [UInt8]) -> String {
        (path + [0]).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                FileManager.default.string(withFileSystemRepresentation: $0.baseAddress!, length: path.count)
            }
        }
    }
}
