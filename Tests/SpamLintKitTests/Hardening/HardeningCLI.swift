import Foundation
import Glibc

/// Runs the built `spamlint` with a generous deadline that only catches hangs, never measures speed.
enum HardeningCLI {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
        var timedOut: Bool

        /// The `--format json` report's files by path.
        func files() throws -> [String: [String: Any]] {
            let object = try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any]
            let files = object?["files"] as? [[String: Any]] ?? []
            return Dictionary(files.map { (($0["path"] as? String) ?? "", $0) }, uniquingKeysWith: { first, _ in first })
        }
    }

    static func run(_ arguments: [String], in directory: URL, deadline: TimeInterval = 120,
                    executable: URL = TestPaths.executable, prefix: [String] = []) throws -> Run {
        let process = Process()
        if prefix.isEmpty {
            process.executableURL = executable
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: prefix[0])
            process.arguments = Array(prefix.dropFirst()) + [executable.path] + arguments
        }
        process.currentDirectoryURL = directory
        // Files, not pipes: a report of many MB must not block the child while we wait for it.
        let outURL = directory.appendingPathComponent(".out-\(UUID().uuidString)")
        let errURL = directory.appendingPathComponent(".err-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let limit = Date().addingTimeInterval(deadline)
        var timedOut = false
        while process.isRunning {
            if Date() > limit {
                timedOut = true
                process.terminate()
                break
            }
            usleep(20_000)
        }
        process.waitUntilExit()
        try out.close()
        try err.close()
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        return Run(status: process.terminationStatus,
                   stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                   stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self), timedOut: timedOut)
    }

    /// Runs the CLI through `/bin/sh -c SCRIPT`, where the script runs `"$0" "$@"` (the binary and
    /// `arguments`) with the redirections a test needs: `>&-`, `>/dev/full`, `ulimit -f 1; …`.
    static func shell(_ script: String, _ arguments: [String], in directory: URL) throws -> Run {
        try run(arguments, in: directory, prefix: ["/bin/sh", "-c", script])
    }

    static func temporaryDirectory(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("spamlint-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
