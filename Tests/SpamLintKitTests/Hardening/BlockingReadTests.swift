import Foundation
import Glibc
import Testing
@_spi(CLI) @testable import SpamLintKit
import SpamLintInterop

/// Every file spamlint reads besides its inputs (rule packs and their list files, configurations,
/// baselines, ignore files, the message of `diagnose`) is opened with O_NONBLOCK and checked with
/// fstat, so a FIFO is a clear error, never a run that waits forever for a writer; a failure names
/// the system's reason (a link loop is not "no such file"); the baseline has a size limit.
@Suite(.serialized) struct BlockingReadTests {
    /// Long enough for a debug build, far shorter than "forever".
    static let deadline: TimeInterval = 60

    static func folder(_ name: String) throws -> URL {
        let root = try HardeningCLI.temporaryDirectory(name)
        BadInputMatrixTests.write(WriteFailureTests.risky, "a.html", in: root)
        #expect(mkfifo(root.appendingPathComponent("fifo").path, 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("loop").path, withDestinationPath: "loop")
        return root
    }

    static let packWithList = RulePackLoaderTests.pack(rule: RulePackLoaderTests.validRule)
        .replacingOccurrences(of: "phrases: [banana]", with: "phrases: {file: fifo}")

    @Test func aFIFOWhereASideFileIsExpectedIsAnErrorNotAHang() throws {
        let root = try Self.folder("fifo")
        defer { try? FileManager.default.removeItem(at: root) }
        BadInputMatrixTests.write(Self.packWithList, "list-pack.yml", in: root)
        BadInputMatrixTests.write("From: a@acme.example\nSubject: s\n\nbody\n", "m.eml", in: root)
        let cases: [(arguments: [String], message: String)] = [
            (["a.html", "--rules", "fifo"], "cannot read rule pack 'fifo': not a regular file (a FIFO, socket or device)"),
            (["rules", "test", "fifo"], "cannot read rule pack 'fifo': not a regular file (a FIFO, socket or device)"),
            (["a.html", "--rules", "list-pack.yml"], "cannot read list file '\(root.path)/fifo': not a regular file (a FIFO, socket or device)"),
            (["a.html", "--config", "fifo"], "the configuration is not a regular file (a FIFO, socket or device)"),
            (["a.html", "--baseline", "fifo"], "baseline fifo: cannot read the file: not a regular file (a FIFO, socket or device)"),
            (["diagnose", "fifo"], "cannot read fifo: not a regular file"),
            (["auth", "--message", "fifo"], "cannot read fifo: not a regular file"),
        ]
        for (arguments, message) in cases {
            let run = try HardeningCLI.run(arguments, in: root, deadline: Self.deadline)
            #expect(!run.timedOut, "\(arguments) blocked on the FIFO")
            #expect(run.status == 2, "\(arguments): \(run.status)")
            #expect((run.stderr + run.stdout).contains(message), "\(arguments): \(run.stderr)\(run.stdout)")
        }
    }

    @Test func aFIFONamedAsAPartialDoesNotStopTheWalk() throws {
        let root = try Self.folder("fifo-walk")
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(mkfifo(root.appendingPathComponent("header.hbs").path, 0o644) == 0)
        BadInputMatrixTests.write("{{> header}}<p>Hi <a href=\"https://tinyurl.com/x\">go</a></p>", "page.hbs", in: root)
        let run = try HardeningCLI.run([".", "--format", "json"], in: root, deadline: Self.deadline)
        #expect(!run.timedOut)
        let files = try run.files()
        // The FIFO is not linted by name (it has no template extension); the pages around it are.
        #expect(((files["a.html"]?["findings"] as? [[String: Any]]) ?? []).contains { $0["rule"] as? String == "link-shortener" })
        #expect(((files["page.hbs"]?["findings"] as? [[String: Any]]) ?? []).contains { ($0["evidence"] as? String)?.contains("tinyurl.com") == true },
                "\(run.stdout)")
    }

    /// An ignore file that is there but cannot be read (a FIFO, a folder, over the 1 MB limit) stops
    /// the walk that needs it with an error naming it, as git and ruff do: ignoring nothing would lint
    /// what it leaves out. Another path of the same run is still linted; nothing blocks.
    @Test func anUnreadableIgnoreFileIsAnErrorNamingItNotIgnoringNothing() throws {
        let root = try Self.folder("ignore-unreadable")
        defer { try? FileManager.default.removeItem(at: root) }
        let other = try HardeningCLI.temporaryDirectory("ignore-unreadable-other")
        defer { try? FileManager.default.removeItem(at: other) }
        BadInputMatrixTests.write(WriteFailureTests.risky, "b.html", in: other)
        let oversized = String(repeating: "# padding\n", count: IgnoreFile.maxFileSize / 10 + 1)
        let cases: [(name: String, make: (URL) throws -> Void, reason: String)] = [
            ("fifo", { #expect(mkfifo($0.path, 0o644) == 0) }, "not a regular file (a FIFO, socket or device)"),
            ("folder", { try FileManager.default.createDirectory(at: $0, withIntermediateDirectories: false) }, "is a directory"),
            ("oversized", { try Data(oversized.utf8).write(to: $0) }, "the file is \(oversized.utf8.count) bytes, over the limit of \(IgnoreFile.maxFileSize) bytes"),
        ]
        for (name, make, reason) in cases {
            let walked = root.appendingPathComponent("walk-" + name)
            try FileManager.default.createDirectory(at: walked.appendingPathComponent("sub"), withIntermediateDirectories: true)
            BadInputMatrixTests.write(WriteFailureTests.risky, "sub/c.html", in: walked)
            // In the walked folder itself, and in a folder below it.
            for place in ["", "sub/"] {
                let ignore = walked.appendingPathComponent(place + IgnoreFile.fileName)
                try? FileManager.default.removeItem(at: ignore)
                try make(ignore)
                let run = try HardeningCLI.run([walked.path, other.path, "--format", "json"], in: root, deadline: Self.deadline)
                #expect(!run.timedOut, "\(name) \(place)")
                #expect(run.status == 2, "\(name) \(place): \(run.status)")
                let files = try run.files()
                let error = files[walked.path]?["error"] as? String ?? ""
                #expect(error == "cannot read \(ignore.path): \(reason) (fix or remove it; an ignore file that cannot be read would lint what it leaves out)",
                        "\(name) \(place): \(run.stdout)")
                #expect(((files[other.path + "/b.html"]?["findings"] as? [[String: Any]]) ?? []).contains { $0["rule"] as? String == "link-shortener" },
                        "\(name) \(place): \(run.stdout)")
                try FileManager.default.removeItem(at: ignore)
            }
            // A file named explicitly with --force-exclude reads the ignore files above it: the same error.
            let ignore = walked.appendingPathComponent(IgnoreFile.fileName)
            try make(ignore)
            let named = try HardeningCLI.run([walked.path + "/sub/c.html", "--force-exclude", "--format", "json"], in: walked, deadline: Self.deadline)
            #expect(!named.timedOut && named.status == 2, "\(name): \(named.status) \(named.stdout)")
            #expect((try named.files()[walked.path + "/sub/c.html"]?["error"] as? String)?.hasPrefix("cannot read \(ignore.path): \(reason)") == true,
                    "\(name): \(named.stdout)")
            // Without --force-exclude a named file is linted whatever the ignore files say, so they are not read.
            let plain = try HardeningCLI.run([walked.path + "/sub/c.html", "--format", "json"], in: walked, deadline: Self.deadline)
            #expect(plain.status != 2, "\(name): \(plain.status) \(plain.stdout)")
            #expect(((try plain.files()[walked.path + "/sub/c.html"]?["findings"] as? [[String: Any]]) ?? []).contains { $0["rule"] as? String == "link-shortener" },
                    "\(name): \(plain.stdout)")
        }
    }

    @Test func aSymbolicLinkLoopIsNamedAsOne() throws {
        let root = try Self.folder("loop")
        defer { try? FileManager.default.removeItem(at: root) }
        let loop = "Too many levels of symbolic links"
        let lint = try HardeningCLI.run(["loop", "a.html", "--format", "json"], in: root)
        #expect(lint.status == 2)
        let files = try lint.files()
        #expect(files["loop"]?["error"] as? String == "cannot read file: \(loop)", "\(lint.stdout)")
        #expect(((files["a.html"]?["findings"] as? [[String: Any]]) ?? []).contains { $0["rule"] as? String == "link-shortener" })
        let extract = try HardeningCLI.run(["extract", "loop"], in: root)
        #expect(extract.stdout.contains("\"error\" : \"cannot read file: \(loop)\""), "\(extract.stdout)")
        for arguments in [["a.html", "--rules", "loop"], ["a.html", "--config", "loop"], ["a.html", "--baseline", "loop"]] {
            let run = try HardeningCLI.run(arguments, in: root)
            #expect(run.status == 2)
            #expect(run.stderr.contains(loop) && !run.stderr.lowercased().contains("no such file"), "\(arguments): \(run.stderr)")
        }
    }

    @Test func aBaselineOverSixtyFourMegabytesIsRefusedUnread() throws {
        let root = try Self.folder("baseline")
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.appendingPathComponent("baseline.json")
        BadInputMatrixTests.write("{\"entries\": [", "baseline.json", in: root)
        let handle = try FileHandle(forWritingTo: path)
        try handle.truncate(atOffset: UInt64(Baseline.maxFileSize + 1))
        try handle.close()
        let run = try HardeningCLI.run(["a.html", "--baseline", "baseline.json"], in: root)
        #expect(run.status == 2)
        #expect(run.stderr.contains("baseline baseline.json: the file is 67108865 bytes, over the baseline limit of 67108864 bytes (64 MB)"),
                "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    @Test func theReaderRefusesWhatIsNotARegularFileAndNeverReadsPastTheLimit() throws {
        let root = try Self.folder("reader")
        defer { try? FileManager.default.removeItem(at: root) }
        guard case .notRegular(.other) = RegularFileReader.read(root.appendingPathComponent("fifo").path, limit: 10) else {
            Issue.record("a FIFO must be refused")
            return
        }
        guard case .statFailed(let error) = RegularFileReader.read(root.appendingPathComponent("loop").path, limit: 10) else {
            Issue.record("a link loop must fail stat")
            return
        }
        #expect(error.code == ELOOP)
        // A link is followed by default and refused with followingLinks: false (O_NOFOLLOW, lstat).
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("link.html").path, withDestinationPath: "a.html")
        guard case .bytes(let bytes) = RegularFileReader.read(root.appendingPathComponent("link.html").path, limit: 1_000) else {
            Issue.record("a link to a file is read")
            return
        }
        #expect(String(decoding: bytes, as: UTF8.self) == WriteFailureTests.risky)
        guard case .notRegular(.symbolicLink) = RegularFileReader.read(root.appendingPathComponent("link.html").path, limit: 1_000,
                                                                       followingLinks: false) else {
            Issue.record("a link is refused when links are not followed")
            return
        }
        guard case .tooLarge(let size) = RegularFileReader.read(root.appendingPathComponent("a.html").path, limit: 10) else {
            Issue.record("over the limit")
            return
        }
        #expect(size == WriteFailureTests.risky.utf8.count)
        // Side files share the reader: the same limit, the same words.
        guard case .failure(let problem) = SmallFileReader.read(root.appendingPathComponent("fifo").path, limit: 10) else {
            Issue.record("a FIFO side file must be refused")
            return
        }
        #expect(problem.description == "not a regular file (a FIFO, socket or device)")
    }
}
