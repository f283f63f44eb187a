import Foundation

/// A path made absolute against the working directory and standardized (`.`, `..`, `//` removed),
/// as `URL(fileURLWithPath:).standardizedFileURL.path` gives it, without building a URL for the
/// common path that needs no change: this runs for every file of a run.
enum AbsolutePath {
    static func of(_ path: String, workingDirectory: @autoclosure () -> String = FileManager.default.currentDirectoryPath) -> String {
        let joined = path.hasPrefix("/") ? path : (path.isEmpty ? workingDirectory() : workingDirectory() + "/" + path)
        if isPlain(joined) { return joined }
        return URL(fileURLWithPath: joined).standardizedFileURL.path
    }

    /// Absolute, no empty, `.` or `..` component, no trailing slash, no `~`.
    static func isPlain(_ path: String) -> Bool {
        guard path.hasPrefix("/"), path.count > 1, !path.hasSuffix("/"), !path.contains("~") else { return path == "/" }
        for component in path.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).dropFirst() {
            if component.isEmpty { return false }
            if component.count <= 2, component.allSatisfy({ $0 == UInt8(ascii: ".") }) { return false }
        }
        return true
    }
}
