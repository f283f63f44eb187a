import Foundation

/// Reads a file (or standard input) whole, refusing what is too large before reading it.
public enum FileLoader {
    public struct LoadError: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    public static func load(_ file: InputFile, maxSize: Int) -> Result<[UInt8], LoadError> {
        if file.isStandardInput {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            guard data.count <= maxSize else { return .failure(LoadError(description: tooLarge(data.count, maxSize))) }
            return .success([UInt8](data))
        }
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: file.openPath)
        } catch {
            return .failure(LoadError(description: "cannot read file: \(reason(error))"))
        }
        if attributes[.type] as? FileAttributeType == .typeDirectory {
            return .failure(LoadError(description: "is a directory"))
        }
        if let size = (attributes[.size] as? NSNumber)?.intValue, size > maxSize {
            return .failure(LoadError(description: tooLarge(size, maxSize)))
        }
        guard let handle = FileHandle(forReadingAtPath: file.openPath) else {
            return .failure(LoadError(description: "cannot read file: permission denied or not a regular file"))
        }
        defer { try? handle.close() }
        do {
            let data = try handle.readToEnd() ?? Data()
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
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, let posix = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(posix.rawValue))
        }
        return nsError.localizedDescription
    }
}
