import SpamLintInterop

/// Reads a whole side file (configuration, rule pack, list file, baseline, ignore file) through
/// `RegularFileReader`: a FIFO, socket or device is refused instead of blocking the run, a file
/// over `limit` is refused, and a failure names the system's own reason ("Too many levels of
/// symbolic links" for a link loop, not "no such file").
enum SmallFileReader {
    /// Why a file was not read; `description` completes "cannot read X: …" style messages.
    enum Problem: Error, Sendable, CustomStringConvertible {
        case missing
        case isDirectory
        case notRegularFile
        case tooLarge(size: Int, limit: Int)
        case system(FileSystemError)

        var description: String {
            switch self {
            case .missing: "No such file or directory"
            case .isDirectory: "is a directory"
            case .notRegularFile: "not a regular file (a FIFO, socket or device)"
            case .tooLarge(let size, let limit): "the file is \(size) bytes, over the limit of \(limit) bytes"
            case .system(let error): error.reason
            }
        }
    }

    static func read(_ path: String, limit: Int) -> Result<[UInt8], Problem> {
        switch RegularFileReader.read(path, limit: limit) {
        case .bytes(let bytes): .success(bytes)
        case .notRegular(.directory): .failure(.isDirectory)
        case .notRegular: .failure(.notRegularFile)
        case .tooLarge(let size): .failure(.tooLarge(size: size, limit: limit))
        case .statFailed(let error) where error.isNoSuchFile: .failure(.missing)
        case .statFailed(let error), .openFailed(let error), .readFailed(let error): .failure(.system(error))
        }
    }

    /// The file as UTF-8 text (invalid sequences become U+FFFD, as everywhere else).
    static func text(_ path: String, limit: Int) -> Result<String, Problem> {
        read(path, limit: limit).map { String(decoding: $0, as: UTF8.self) }
    }
}
