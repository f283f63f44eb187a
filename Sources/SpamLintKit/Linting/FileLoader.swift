import Foundation

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
        let attributes: [FileAttributeKey: Any]
        do {
            // Symlinks are followed, so the size and type checked are those of the file read.
            attributes = try FileManager.default.attributesOfItem(atPath: (file.openPath as NSString).resolvingSymlinksInPath)
        } catch {
            if file.openPath.unicodeScalars.contains("\u{FFFD}") {
                return .failure(LoadError(description: "cannot read file: its name is not valid UTF-8 (shown with U+FFFD); rename it to lint it"))
            }
            return .failure(LoadError(description: "cannot read file: \(reason(error))"))
        }
        switch attributes[.type] as? FileAttributeType {
        case .typeRegular?: break
        case .typeDirectory?: return .failure(LoadError(description: "is a directory"))
        default:
            // Opening a FIFO blocks until a writer comes; a device can be endless.
            return .failure(LoadError(description: "not a regular file (a FIFO, socket or device); use - to lint standard input"))
        }
        if let size = (attributes[.size] as? NSNumber)?.intValue, size > maxSize {
            return .failure(LoadError(description: tooLarge(size, maxSize)))
        }
        guard let handle = FileHandle(forReadingAtPath: file.openPath) else {
            return .failure(LoadError(description: "cannot read file: permission denied"))
        }
        defer { try? handle.close() }
        do {
            // Never more than the limit plus one byte, even if the file grew since it was checked.
            let data = try handle.read(upToCount: maxSize + 1) ?? Data()
            guard data.count <= maxSize else { return .failure(LoadError(description: tooLarge(data.count, maxSize))) }
            return .success([UInt8](data))
        } catch {
            return .failure(LoadError(description: "cannot read file: \(reason(error))"))
        }
    }

    private static func tooLarge(_ size: Int, _ limit: Int) -> String {
        "file is \(size) bytes, over the --max-file-size limit of \(limit) bytes; not linted"
    }

    private static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if nsError.domain == NSCocoaErrorDomain, nsError.code == CocoaError.fileReadNoSuchFile.rawValue
            || nsError.code == CocoaError.fileNoSuchFile.rawValue {
            // Gone since the folder was listed (or a dangling symlink): say it the way the OS does.
            return String(cString: strerror(ENOENT))
        }
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, let posix = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(posix.rawValue))
        }
        return nsError.localizedDescription
    }
}
