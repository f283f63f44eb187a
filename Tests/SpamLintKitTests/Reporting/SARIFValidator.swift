import Foundation

/// Validates SARIF against the official OASIS 2.1.0 schema with ../shared/schemas/validate_sarif.py
/// (Python `jsonschema`), when python3, jsonschema and the schema are all there; `.ci/run` installs
/// jsonschema so CI always validates.
enum SARIFValidator {
    static let script = TestPaths.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/schemas/validate_sarif.py")

    static let isAvailable: Bool = {
        guard FileManager.default.fileExists(atPath: script.path) else { return false }
        return (try? run(["python3", "-c", "import jsonschema"]).status) == 0
    }()

    /// Exit status 0 and the validator's output, or 1 and the schema violations.
    static func validate(_ sarif: String) throws -> (status: Int32, output: String) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("spamlint-\(UUID().uuidString).sarif")
        try sarif.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        return try run(["python3", script.path, file.path])
    }

    private static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
