import Foundation

/// Paths the tests need, found from this file's location so `swift test` works from anywhere.
enum TestPaths {
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let samples = packageRoot.appendingPathComponent("Samples")
    static let snapshots = packageRoot.appendingPathComponent("Tests/SpamLintKitTests/Snapshots")
    static let sharedCorpus = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")

    /// The `spamlint` executable built next to the test bundle.
    static var executable: URL {
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        var folder = testBinary.deletingLastPathComponent()
        // The test runner may be inside a .xctest bundle folder.
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("spamlint")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/spamlint")
    }

    static var recordSnapshots: Bool { ProcessInfo.processInfo.environment["SPAMLINT_RECORD"] == "1" }
}
