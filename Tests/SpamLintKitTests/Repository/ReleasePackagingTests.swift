import Foundation
import Testing
import Yams

/// The release packaging around the binary: the man page generated from the command's own help,
/// the release workflow and the action's cached self-contained build. (Scripts/package and
/// Scripts/test-package.sh build and install the artefacts for real in `.ci/run`.)
struct ReleasePackagingTests {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs a tool found on PATH (python3, groff), feeding `stdin`.
    static func tool(_ arguments: [String], stdin: String = "") throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = TestPaths.packageRoot
        let output = Pipe(), error = Pipe(), input = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = input
        try process.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        // stderr is small; stdout (the page) is read to the end first so the child never blocks.
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
    }

    static func text(_ path: String) throws -> String {
        try String(contentsOf: TestPaths.packageRoot.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func theManPageRendersEveryCommandAndOptionOfTheHelp() throws {
        let page = try Self.tool(["python3", "Scripts/generate-manpage.py", TestPaths.executable.path])
        #expect(page.status == 0, "\(page.stderr)")
        #expect(page.stdout.hasPrefix(".TH \"SPAMLINT\" 1 "))
        // groff with all warnings and without hyphenation: the roff is well formed.
        let rendered = try Self.tool(["groff", "-man", "-Tutf8", "-ww", "-rHY=0", "-P-c", "-P-b", "-P-u"], stdin: page.stdout)
        #expect(rendered.status == 0)
        #expect(rendered.stderr.isEmpty, "groff warned: \(rendered.stderr)")
        for heading in ["NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "COMMANDS"] {
            #expect(rendered.stdout.contains("\n\(heading)\n"), "no \(heading) section")
        }
        // Words as the help has them: groff's minus signs read back as hyphens, line breaks as spaces.
        let plain = rendered.stdout.replacingOccurrences(of: "\u{2212}", with: "-")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for command in ["spamlint lint (the default command)", "spamlint extract", "spamlint rules", "spamlint rules test",
                        "spamlint explain", "spamlint formats", "spamlint config", "spamlint auth", "spamlint diagnose"] {
            #expect(plain.contains(command), "no section for \(command)")
        }
        for text in ["--fail-score", "--format", "--sarif-output", "--baseline", "--version", "Exit status: 0 when no file fails the gate",
                     "the default command: `spamlint PATH\u{2026}`"] {
            #expect(plain.contains(text), "\(text) missing")
        }
        #expect(!page.stdout.contains(".SS \"spamlint help"), "the help command is not a section")
    }

    @Test func theReleaseWorkflowPinsItsActionsAndRunsThePackageScripts() throws {
        let workflow = try Self.text(".github/workflows/release.yml")
        let node = try #require(try Yams.load(yaml: workflow) as? [String: Any])
        let on = try #require(node["on"] as? [String: Any])
        #expect((on["push"] as? [String: Any])?["tags"] as? [String] == ["v*"])
        let uses = workflow.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.hasPrefix("uses:") || $0.hasPrefix("- uses:") }
        #expect(!uses.isEmpty)
        for line in uses {
            let reference = line.split(separator: "@").last.map { String($0.prefix { !$0.isWhitespace }) } ?? ""
            #expect(reference.count == 40 && reference.allSatisfy(\.isHexDigit), "not pinned by commit: \(line)")
        }
        #expect(workflow.contains("run: Scripts/package dist"))
        #expect(workflow.contains("Scripts/test-package.sh dist"))
        #expect(workflow.contains("dist/*.tar.gz dist/*.tar.gz.sha256 dist/*.deb"))
        #expect(workflow.contains("never run"), "the workflow says it cannot run here")
    }

    @Test func theActionBuildsTheSelfContainedBinaryOnlyOnACacheMiss() throws {
        let action = try Self.text("action.yml")
        let node = try #require(try Yams.load(yaml: action) as? [String: Any])
        let steps = ((node["runs"] as? [String: Any])?["steps"] as? [[String: Any]]) ?? []
        let cache = try #require(steps.first { $0["id"] as? String == "cache" })
        let with = cache["with"] as? [String: Any] ?? [:]
        #expect(with["path"] as? String == "${{ steps.source.outputs.binary-dir }}")
        #expect((with["key"] as? String)?.contains("${{ steps.source.outputs.key }}") == true)
        let build = try #require(steps.first { ($0["run"] as? String)?.contains("Scripts/package") == true })
        #expect(build["if"] as? String == "steps.cache.outputs.cache-hit != 'true'")
        #expect((build["run"] as? String)?.contains("\"$SOURCE/Scripts/package\" --binary-only \"$BINARY_DIR\"") == true)
        // The key hashes the sources the binary is built from, the packaging script included.
        let source = try #require(steps.first { $0["id"] as? String == "source" }?["run"] as? String)
        #expect(source.contains("find Package.swift Sources Plugins Rules Scripts -type f"))
        #expect(!action.contains("swift build"), "the action lints with the packaged binary, not a second build")
    }
}
