import Foundation
import Glibc
import Testing
import SpamLintInterop

/// Output that cannot be written (a full disk, a closed standard output, a reader that went away,
/// a file-size limit) is exit 2 with a message on standard error, never SIGILL (132) from
/// Foundation's `try!`; a report file is whole or absent, never truncated; `--output` never
/// replaces an input.
@Suite(.serialized) struct WriteFailureTests {
    static let risky = "<html><body><p>Flash sale</p><a href=\"https://bit.ly/x\">Buy</a></body></html>"

    static func folder(_ name: String) throws -> URL {
        let root = try HardeningCLI.temporaryDirectory(name)
        BadInputMatrixTests.write(risky, "a.html", in: root)
        BadInputMatrixTests.write(BadInputMatrixTests.clean, "b.html", in: root)
        return root
    }

    /// Each subcommand that prints, with the arguments that make it print something.
    static let printingCommands: [[String]] = [
        ["lint", "a.html", "b.html"], ["lint", "a.html", "--format", "json"], ["lint", "a.html", "--format", "sarif"],
        ["extract", "a.html"], ["rules"], ["rules", "--format", "markdown"], ["explain", "link-shortener"],
        ["formats"], ["config", "--print", "a.html"], ["diagnose", "m.eml"], ["auth", "--message", "m.eml"], ["--help"], ["--version"],
    ]

    static func withMessage(_ root: URL) {
        BadInputMatrixTests.write("From: Acme <news@acme.example>\nTo: b@example.org\nSubject: hi\n"
                                  + "Authentication-Results: mx.example.org; spf=fail smtp.mailfrom=acme.example\n\nbody\n", "m.eml", in: root)
    }

    @Test(arguments: ["exec \"$0\" \"$@\" >/dev/full", "exec \"$0\" \"$@\" >&-"])
    func standardOutputThatFailsIsExitTwoWithAMessage(script: String) throws {
        let root = try Self.folder("stdout")
        defer { try? FileManager.default.removeItem(at: root) }
        Self.withMessage(root)
        for command in Self.printingCommands {
            let run = try HardeningCLI.shell(script, command, in: root)
            #expect(run.status == 2, "\(command): \(run.status) \(run.stderr)")
            let reason = script.hasSuffix(">&-") ? "Bad file descriptor" : "No space left on device"
            #expect(run.stderr.contains("spamlint: cannot write to standard output: \(reason)"), "\(command): \(run.stderr)")
        }
    }

    @Test func standardErrorThatFailsIsExitTwoAndStandardOutputIsStillWhole() throws {
        let root = try Self.folder("stderr")
        defer { try? FileManager.default.removeItem(at: root) }
        // missing.html gives an error line on standard error (JSON keeps standard output parseable).
        let run = try HardeningCLI.shell("exec \"$0\" \"$@\" 2>/dev/full", ["a.html", "missing.html", "--format", "json"], in: root)
        #expect(run.status == 2)
        let files = try run.files()
        #expect((files["missing.html"]?["error"] as? String)?.contains("no such file") == true)
        #expect(((files["a.html"]?["findings"] as? [[String: Any]]) ?? []).contains { $0["rule"] as? String == "link-shortener" })
        // Closed standard error: the same, and the report still reaches standard output.
        let closed = try HardeningCLI.shell("exec \"$0\" \"$@\" 2>&-", ["a.html", "missing.html"], in: root)
        #expect(closed.status == 2)
        #expect(closed.stdout.contains("a.html:1:39: warning: link on URL shortener bit.ly"), "\(closed.stdout)")
        // A lost message wins over a failed gate: the statistics go to standard error with JSON.
        BadInputMatrixTests.write(BadInputMatrixTests.risky, "failing.html", in: root)
        let gate = try HardeningCLI.run(["failing.html", "--format", "json", "--statistics"], in: root)
        #expect(gate.status == 1 && gate.stderr.contains("link-shortener"), "\(gate.stderr)")
        let lost = try HardeningCLI.shell("exec \"$0\" \"$@\" 2>/dev/full", ["failing.html", "--format", "json", "--statistics"], in: root)
        #expect(lost.status == 2)
        #expect(try lost.files()["failing.html"]?["failed"] as? Bool == true)
        // A clean run writes nothing to standard error, so a broken one changes nothing.
        let clean = try HardeningCLI.shell("exec \"$0\" \"$@\" 2>/dev/full", ["b.html"], in: root)
        #expect(clean.status == 0, "\(clean.stdout)")
        #expect(clean.stdout.contains("1 file linted"))
    }

    @Test func aReaderThatGoesAwayIsExitTwoNotASignal() throws {
        let root = try Self.folder("pipe")
        defer { try? FileManager.default.removeItem(at: root) }
        for index in 0..<400 { BadInputMatrixTests.write(Self.risky, "f\(index).html", in: root) }
        // `head -c 1` exits after its first read; the rest of a report far over a pipe's 64 KB meets
        // EPIPE (SIGPIPE is ignored). The shell keeps spamlint's status in a file.
        let run = try HardeningCLI.shell("{ \"$0\" \"$@\"; echo $? > status; } | head -c 1 >/dev/null; cat status",
                                         [".", "--format", "json"], in: root)
        #expect(!run.timedOut)
        #expect(run.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "2", "\(run.stdout)")
        #expect(run.stderr.contains("spamlint: cannot write to standard output: Broken pipe"), "\(run.stderr)")
    }

    @Test func aFailedReportFileLeavesTheOldOneAndNoTemporaryFile() throws {
        let root = try Self.folder("atomic")
        defer { try? FileManager.default.removeItem(at: root) }
        for index in 0..<40 { BadInputMatrixTests.write(Self.risky, "f\(index).html", in: root) }
        BadInputMatrixTests.write("old report\n", "report.txt", in: root)
        // A file-size limit of one 1 KB block: the 6 KB report cannot be written (EFBIG; SIGXFSZ is ignored).
        let run = try HardeningCLI.shell("ulimit -f 1; exec \"$0\" \"$@\"", [".", "--output", "report.txt"], in: root)
        #expect(run.status == 2)
        #expect(run.stderr.contains("spamlint: cannot write report.txt: File too large"), "\(run.stderr)")
        #expect(try String(contentsOf: root.appendingPathComponent("report.txt"), encoding: .utf8) == "old report\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.contains("spamlint-") }
        #expect(leftovers.isEmpty, "\(leftovers)")
        // The same for --sarif-output, extract --output and --write-baseline.
        // (The main report goes to /dev/null, which the size limit does not touch.)
        for arguments in [[".", "--output", "/dev/null", "--sarif-output", "report.txt"], ["extract", "a.html", "--output", "report.txt"],
                          [".", "--output", "/dev/null", "--write-baseline", "report.txt"]] {
            let failed = try HardeningCLI.shell("ulimit -f 1; exec \"$0\" \"$@\"", arguments, in: root)
            #expect(failed.status == 2, "\(arguments)")
            #expect(failed.stderr.contains("cannot write report.txt: File too large"), "\(arguments): \(failed.stderr)")
            #expect(try String(contentsOf: root.appendingPathComponent("report.txt"), encoding: .utf8) == "old report\n")
        }
        // Without the limit the report replaces the old one whole, and keeps its mode.
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: root.appendingPathComponent("report.txt").path)
        let written = try HardeningCLI.run([".", "--output", "report.txt"], in: root)
        #expect(written.status == 0)
        let report = try String(contentsOf: root.appendingPathComponent("report.txt"), encoding: .utf8)
        #expect(report.hasSuffix("42 files linted, 82 findings, 0 failed, 0 errors\n"), "\(report.suffix(200))")
        let mode = try FileManager.default.attributesOfItem(atPath: root.appendingPathComponent("report.txt").path)[.posixPermissions] as? Int
        #expect(mode == 0o640)
        // A device is written in place, not replaced by a file.
        let full = try HardeningCLI.run(["a.html", "--output", "/dev/full"], in: root)
        #expect(full.status == 2)
        #expect(full.stderr.contains("cannot write /dev/full: No space left on device"))
        var status = stat()
        #expect(stat("/dev/full", &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
    }

    @Test func outputThatNamesAnInputIsRefusedBeforeAnythingIsWritten() throws {
        let root = try Self.folder("clash")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("link.txt").path, withDestinationPath: "a.html")
        try FileManager.default.linkItem(atPath: root.appendingPathComponent("b.html").path, toPath: root.appendingPathComponent("hard.txt").path)
        let cases: [(arguments: [String], message: String)] = [
            (["a.html", "--output", "a.html"], "--output a.html is the input file a.html"),
            ([".", "--output", "./a.html"], "--output ./a.html is the input file"),
            (["a.html", "--output", "link.txt"], "--output link.txt is the input file a.html"),
            (["b.html", "--sarif-output", "hard.txt"], "--sarif-output hard.txt is the input file b.html"),
            (["a.html", "--write-baseline", "a.html"], "--write-baseline a.html is the input file a.html"),
            (["extract", "a.html", "--output", "link.txt"], "--output link.txt is the input file a.html"),
            (["a.html", "--output", "r.txt", "--sarif-output", "r.txt"], "--output and --sarif-output name the same file"),
        ]
        BadInputMatrixTests.write("", "r.txt", in: root)
        for (arguments, message) in cases {
            let run = try HardeningCLI.run(arguments, in: root)
            #expect(run.status == 2, "\(arguments)")
            #expect(run.stderr.contains(message), "\(arguments): \(run.stderr)")
            #expect(run.stdout.isEmpty, "nothing is linted or printed: \(run.stdout)")
        }
        #expect(try String(contentsOf: root.appendingPathComponent("a.html"), encoding: .utf8) == Self.risky)
        #expect(try String(contentsOf: root.appendingPathComponent("b.html"), encoding: .utf8) == BadInputMatrixTests.clean)
        #expect(try String(contentsOf: root.appendingPathComponent("r.txt"), encoding: .utf8).isEmpty)
    }

    @Test func writerResumesPartialWritesAndNamesTheErrno() throws {
        // A pipe takes 64 KB at a time: a 1 MB write is many partial writes, all resumed.
        var descriptors: [Int32] = [0, 0]
        #expect(pipe(&descriptors) == 0)
        let (readEnd, writeEnd) = (descriptors[0], descriptors[1])
        let text = String(repeating: "0123456789abcdef", count: 65_536)
        let reader = Thread {
            var total = 0
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while true {
                let count = buffer.withUnsafeMutableBytes { read(readEnd, $0.baseAddress, $0.count) }
                if count <= 0 { break }
                total += count
            }
            close(readEnd)
            WriterCount.total.withLock { $0 = total }
        }
        reader.start()
        #expect(DescriptorWriter.write(text, to: writeEnd) == nil)
        close(writeEnd)
        while WriterCount.total.withLock({ $0 }) == nil { usleep(1_000) }
        #expect(WriterCount.total.withLock { $0 } == text.utf8.count)
        // A read-only descriptor: EBADF, named.
        let readOnly = open("/dev/null", O_RDONLY)
        defer { close(readOnly) }
        #expect(DescriptorWriter.write("x", to: readOnly)?.reason == "Bad file descriptor")
    }
}

/// The byte count the reader thread of `writerResumesPartialWritesAndNamesTheErrno` saw.
private enum WriterCount {
    static let total = LockedValue<Int?>(nil)
}

/// A value shared with a thread, behind a lock.
final class LockedValue<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) {
        self.value = value
    }

    func withLock<Result>(_ body: (inout Value) -> Result) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}
