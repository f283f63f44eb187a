import Foundation
import Testing

/// A folder of templates made for one test (optionally a git work tree), and the built
/// `spamlint` run in it with a controlled environment.
struct ThrowawayRepository {
    let root: URL

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// A template with one shortener link (link-shortener, +1.5) and an unsubscribe link.
    static let shortenerTemplate = """
        <html><body><p>Hello there, your October statement is ready to read and download today.</p>
        <p><a href="https://bit.ly/statement">Read it</a></p>
        <p><a href="{{ unsubscribe_url }}">Unsubscribe</a></p></body></html>
        """

    init(git: Bool = false) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("spamlint-repo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        if git {
            let result = try Self.execute(["git", "init", "-q", "."], in: root)
            try #require(result.status == 0, "git init: \(result.stderr)")
        }
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    func write(_ text: String, _ relative: String) throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    func read(_ relative: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)
    }

    /// Runs spamlint in `folder` (relative to the root); NO_COLOR and FORCE_COLOR are unset unless given.
    func spamlint(_ arguments: [String], in folder: String = "", environment: [String: String] = [:], stdin: String? = nil,
                  prefix: [String] = []) throws -> Run {
        let directory = folder.isEmpty ? root : root.appendingPathComponent(folder)
        return try Self.execute(prefix + [TestPaths.executable.path] + arguments, in: directory, environment: environment, stdin: stdin)
    }

    static func execute(_ command: [String], in directory: URL, environment: [String: String] = [:], stdin: String? = nil) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = command
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = nil
        env["FORCE_COLOR"] = nil
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let output = Pipe(), error = Pipe(), input = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // stderr is small in these runs; stdout is read first to the end.
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
    }

    /// `git` with a fixed identity, in the root.
    func git(_ arguments: [String]) throws {
        let result = try Self.execute(["git", "-c", "user.email=t@example.com", "-c", "user.name=t"] + arguments, in: root)
        try #require(result.status == 0, "git \(arguments): \(result.stderr)")
    }

    static var gitIsInstalled: Bool {
        (try? execute(["git", "--version"], in: URL(fileURLWithPath: "/")).status) == 0
    }
}
