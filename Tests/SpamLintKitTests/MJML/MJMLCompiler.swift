import Foundation

/// The reference compiler for the MJML fidelity tests: PyPI `mrml` (a Rust port of MJML) through
/// `Scripts/mjml-compile.py`. Required (the tests fail without it) when `SPAMLINT_REQUIRE_MRML=1` or
/// `CI` is set — `.ci/run` sets it and installs mrml — so CI never passes by skipping; elsewhere the
/// fidelity tests are skipped with a visible reason.
enum MJMLCompiler {
    static let script = TestPaths.packageRoot.appendingPathComponent("Scripts/mjml-compile.py")

    static var isRequired: Bool {
        let environment = ProcessInfo.processInfo.environment
        return environment["SPAMLINT_REQUIRE_MRML"] == "1" || environment["CI"] != nil
    }

    static let isInstalled: Bool = (try? run(["python3", "-c", "import mrml"]).status) == 0

    static var shouldRun: Bool { isInstalled || isRequired }

    /// Compiles each file with mrml, in one Python process; the HTML of each, in order.
    static func compile(_ files: [URL]) throws -> [String] {
        guard isInstalled else { throw CompilerError("mrml is not installed (python3 -m pip install mrml); the MJML fidelity tests need it") }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("spamlint-mrml-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try run(["python3", script.path, output.path] + files.map(\.path))
        guard result.status == 0 else { throw CompilerError("mrml failed: \(result.output)") }
        return try files.indices.map { try String(contentsOf: output.appendingPathComponent("\($0).html"), encoding: .utf8) }
    }

    struct CompilerError: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
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
