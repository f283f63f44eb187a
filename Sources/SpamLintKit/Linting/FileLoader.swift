import Foundation
import SpamLintInterop
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file (or standard input) whole, refusing what is too large before reading it.
public enum FileLoader {
    /// Why a file was not read; callers branch on the case, reports show `description`.
    public enum LoadError: Error, Sendable, Hashable, CustomStringConvertible {
        /// A path given on the command line that does not exist.
        case noSuchFile
        case isDirectory
        /// A FIFO, socket or device: opening a FIFO blocks until a writer comes; a device can be endless.
        case notRegularFile
        case tooLarge(size: Int, limit: Int)
        /// The name is not valid UTF-8 (shown with U+FFFD), so it cannot be opened by the name shown.
        case nameNotUTF8
        case permissionDenied
        /// The system's reason, worded the way the OS says it.
        case unreadable(reason: String)

        /// Why a path given on the command line cannot be opened, as the system says it: a missing
        /// file is `noSuchFile`, a link loop "Too many levels of symbolic links", not "no such file".
        @_spi(CLI) public static func unopenable(_ path: String) -> LoadError {
            guard case .failure(let error) = FileStatus.of(path, followingLinks: true), !error.isNoSuchFile else { return .noSuchFile }
            return error.code == EACCES ? .permissionDenied : .unreadable(reason: error.reason)
        }

        public var description: String {
            switch self {
            case .noSuchFile: "no such file or directory"
            case .isDirectory: "is a directory"
            case .notRegularFile: "not a regular file (a FIFO, socket or device); use - to lint standard input"
            case .tooLarge(let size, let limit): "file is \(size) bytes, over the --max-file-size limit of \(limit) bytes; not linted"
            case .nameNotUTF8: "cannot read file: its name is not valid UTF-8 (shown with U+FFFD); rename it to lint it"
            case .permissionDenied: "cannot read file: permission denied"
            case .unreadable(let reason): "cannot read file: \(reason)"
            }
        }
    }

    public static func load(_ file: InputFile, maxSize: Int) -> Result<[UInt8], LoadError> {
        if file.isStandardInput {
            switch RegularFileReader.read(descriptor: 0, limit: maxSize) {
            case .bytes(let bytes): return .success(bytes)
            case .tooLarge(let size): return .failure(.tooLarge(size: size, limit: maxSize))
            case .statFailed(let error), .openFailed(let error), .readFailed(let error):
                return .failure(.unreadable(reason: "standard input: \(error.reason)"))
            case .notRegular: return .failure(.notRegularFile)
            }
        }
        // Symlinks are followed (one stat), so the size and type checked are those of the file read.
        switch RegularFileReader.read(file.openPath, limit: maxSize) {
        case .bytes(let bytes):
            return .success(bytes)
        case .notRegular(.directory):
            return .failure(.isDirectory)
        case .notRegular:
            return .failure(.notRegularFile)
        case .tooLarge(let size):
            return .failure(.tooLarge(size: size, limit: maxSize))
        case .statFailed(let error):
            if file.openPath.unicodeScalars.contains("\u{FFFD}") {
                return .failure(.nameNotUTF8)
            }
            // Gone since the folder was listed, or a dangling symlink: say it the way the OS does.
            return .failure(.unreadable(reason: error.reason))
        case .openFailed(let error):
            return .failure(error.code == EACCES ? .permissionDenied : .unreadable(reason: error.reason))
        case .readFailed(let error):
            return .failure(.unreadable(reason: error.reason))
        }
    }
}
