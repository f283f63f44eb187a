import Foundation
import SpamLintInterop

/// Reads a file (or standard input) whole, refusing what is too large before reading it.
public enum FileLoader {
    public struct LoadError: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    public static func load(_ file: InputFile, maxSize: Int) -> Result<[UInt8], LoadError> {
        if file.isStandardInput {
            let data = (try? FileHandle.standardInput.read(upToCount: maxSize + 1)) ?? Data()
            guard data.count <= maxSize else { return .failure(LoadError(description: tooLarge(data.count, maxSize))) }
            return .success([UInt8](data))
        }
        // Symlinks are followed (one stat), so the size and type checked are those of the file read.
        switch RegularFileReader.read(file.openPath, limit: maxSize) {
        case .bytes(let bytes):
            return .success(bytes)
        case .notRegular(.directory):
            return .failure(LoadError(description: "is a directory"))
        case .notRegular:
            // Opening a FIFO blocks until a writer comes; a device can be endless.
            return .failure(LoadError(description: "not a regular file (a FIFO, socket or device); use - to lint standard input"))
        case .tooLarge(let size):
            return .failure(LoadError(description: tooLarge(size, maxSize)))
        case .statFailed(let error):
            if file.openPath.unicodeScalars.contains("\u{FFFD}") {
                return .failure(LoadError(description: "cannot read file: its name is not valid UTF-8 (shown with U+FFFD); rename it to lint it"))
            }
            // Gone since the folder was listed, or a dangling symlink: say it the way the OS does.
            return .failure(LoadError(description: "cannot read file: \(error.reason)"))
        case .openFailed:
            return .failure(LoadError(description: "cannot read file: permission denied"))
        case .readFailed(let error):
            return .failure(LoadError(description: "cannot read file: \(error.reason)"))
        }
    }

    private static func tooLarge(_ size: Int, _ limit: Int) -> String {
        "file is \(size) bytes, over the --max-file-size limit of \(limit) bytes; not linted"
    }
}
