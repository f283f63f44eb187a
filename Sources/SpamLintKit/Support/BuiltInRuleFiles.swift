import Foundation

/// The files of the package's `Rules/` folder, embedded into the binary at build time.
@_spi(CLI) public enum BuiltInRuleFiles {
    /// Paths relative to `Rules/`, sorted.
    @_spi(CLI) public static var paths: [String] { EmbeddedRuleFiles.files.keys.sorted() }

    /// The text of `Rules/<path>`, or nil when there is no such file.
    @_spi(CLI) public static func text(_ path: String) -> String? {
        guard let encoded = EmbeddedRuleFiles.files[path], let data = Data(base64Encoded: encoded) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
