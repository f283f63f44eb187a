/// A report path as CI systems want it: relative to the repository root with `/` separators, or
/// absolute when the file lies outside it (code scanning and merge-request widgets match files by
/// their repository-relative path, so `./a.html` and `/repo/a.html` must both become `a.html`).
@_spi(CLI) public enum ArtifactPath: Sendable, Hashable {
    case relative(String)
    case absolute(String)

    /// Classifies `path` (as the user gave it) against `root`, the directory relative paths start from.
    @_spi(CLI) public init(_ path: String, root: String?) {
        if path.hasPrefix("/") {
            let normalized = ArtifactPath.normalize(path)
            if let root {
                let base = ArtifactPath.normalize(root)
                let prefix = base == "/" ? "/" : base + "/"
                if normalized.hasPrefix(prefix), normalized.count > prefix.count {
                    self = .relative(String(normalized.dropFirst(prefix.count)))
                    return
                }
            }
            self = .absolute(normalized)
        } else {
            let normalized = ArtifactPath.normalize(path)
            self = .relative(normalized.isEmpty ? "." : normalized)
        }
    }

    /// The path itself: relative, or absolute with a leading `/`.
    @_spi(CLI) public var path: String {
        switch self {
        case .relative(let path), .absolute(let path): path
        }
    }

    @_spi(CLI) public var isRelative: Bool {
        if case .relative = self { return true }
        return false
    }

    /// The path as a URI reference: relative (to be resolved against a base such as `%SRCROOT%`) or
    /// a `file://` URI, percent-encoding everything outside RFC 3986's path characters.
    @_spi(CLI) public var uri: String {
        switch self {
        case .relative(let path): ArtifactPath.percentEncoded(path)
        case .absolute(let path): "file://" + ArtifactPath.percentEncoded(path)
        }
    }

    /// A directory as a `file://` URI ending in `/`, as SARIF's `originalUriBaseIds` requires.
    @_spi(CLI) public static func directoryURI(_ directory: String) -> String {
        let normalized = normalize(directory)
        return "file://" + percentEncoded(normalized.hasSuffix("/") ? normalized : normalized + "/")
    }

    /// Drops empty and `.` segments; keeps `..` (resolving it needs the file system, and symlinks
    /// make a textual resolution wrong).
    static func normalize(_ path: String) -> String {
        let isAbsolute = path.hasPrefix("/")
        let segments = path.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
        let joined = segments.joined(separator: "/")
        return isAbsolute ? "/" + joined : joined
    }

    static func percentEncoded(_ path: String) -> String {
        var encoded = ""
        for byte in path.utf8 {
            if isPathCharacter(byte) {
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                encoded += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return encoded
    }

    /// Unreserved characters, `/`, and the sub-delimiters that cannot be mistaken for a scheme (`:`),
    /// query (`?`), fragment (`#`) or escape (`%`).
    private static func isPathCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            "-._~/!$&'()*+,;=@".utf8.contains(byte)
        }
    }
}
