import Foundation
import Glibc
import Testing
@_spi(CLI) @testable import SpamLintKit

extension Tag {
    /// Inputs of tens of MB; run with `SPAMLINT_HEAVY=1 swift test --filter Heavy` (Scripts/sanitizers.sh does).
    @Tag static var heavy: Self
}

/// The bad-input matrix through the real CLI: every hostile file gets a report of its own (an
/// error or findings), the good files in the same run are still linted, the exit status is right
/// and nothing hangs. Deadlines here only catch hangs; boundedness is proved by the limits the
/// tests name (file size, MIME depth, base64 arithmetic, config size, glob matching).
@Suite(.serialized) struct BadInputMatrixTests {
    static let clean = """
        <html><body><p>Hello, your October statement is ready. Sign in to your account to read it and download a copy for your records.</p>
        <p><a href="https://acme.example/account">View statement</a></p>
        <p><a href="{{ unsubscribe_url }}">Unsubscribe</a></p></body></html>
        """
    static let risky = "<html><body><p>WIN NOW</p><a href=\"https://bit.ly/x\"><img src=\"https://bit.ly/y.png\"></a><script>x()</script></body></html>"

    static func message(_ lines: [String], ending: String) -> [UInt8] {
        Array(lines.joined(separator: ending).utf8)
    }

    static let plainMessage = [
        "From: Acme <news@acme.example>", "To: you@example.org", "Subject: Your statement", "MIME-Version: 1.0",
        "Content-Type: multipart/alternative; boundary=\"b\"", "", "--b", "Content-Type: text/plain; charset=utf-8", "",
        "Your statement is ready at https://acme.example/account", "--b", "Content-Type: text/html; charset=utf-8", "",
        "<p>Your statement is <a href=\"https://acme.example/account\">ready</a>.</p>", "--b--", "",
    ]

    static func write(_ bytes: [UInt8], _ name: String, in folder: URL) {
        FileManager.default.createFile(atPath: folder.appendingPathComponent(name).path, contents: Data(bytes))
    }

    static func write(_ text: String, _ name: String, in folder: URL) {
        write(Array(text.utf8), name, in: folder)
    }

    /// A file name whose bytes are not UTF-8 (Latin-1 "café" plus a lone 0xFF).
    static let nonUTF8Name: [UInt8] = Array("caf".utf8) + [0xE9, 0xFF] + Array(".html".utf8)

    static func createRawNamed(_ name: [UInt8], in folder: URL, contents: String) throws {
        let path = Array(folder.path.utf8) + [UInt8(ascii: "/")] + name + [0]
        let descriptor = path.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY | O_TRUNC, 0o644) }
        }
        try #require(descriptor >= 0)
        _ = Array(contents.utf8).withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
    }

    /// Files that can be read but are broken or hostile inside; all go in one directory run.
    static func makeContentTree() throws -> URL {
        let root = try HardeningCLI.temporaryDirectory("matrix")
        let tree = root.appendingPathComponent("tree")
        try FileManager.default.createDirectory(at: tree, withIntermediateDirectories: true)
        write(clean, "clean.html", in: tree)
        write(risky, "risky.html", in: tree)
        write([], "empty.html", in: tree)
        write((0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ $0 >> 5) }, "junk.eml", in: tree)
        write(Array("<p>Caf".utf8) + [0xE9, 0xFF, 0xC3, 0x28] + Array(" ok</p>".utf8), "invalid-utf8.html", in: tree)
        write("<html><body><p>a\u{0}b</p>\u{0}<a href=\"https://acme.example/\u{0}x\">l\u{0}</a>{{\u{0}}}</body></html>", "nul.html", in: tree)
        write("From: A\u{0} <a@acme.example>\nSubject: Hi\u{0}there\nX-\u{0}: v\n\nbody\u{0}\n", "nul-header.eml", in: tree)
        write(String(repeating: "<div>", count: 10_000) + "deep <a href=\"https://deep.example/\">x</a>" + String(repeating: "</div>", count: 10_000),
              "deep.html", in: tree)
        write("From: a@acme.example\nSubject: " + String(repeating: "x", count: 1_048_576) + "\nX-Long: "
              + String(repeating: "=?utf-8?B?QUJD?= ", count: 60_000) + "\n\nbody\n", "long-header.eml", in: tree)
        var nested = "From: a@acme.example\nSubject: nested\nContent-Type: multipart/mixed; boundary=b0\n\n"
        for level in 1...1_000 { nested += "--b\(level - 1)\nContent-Type: multipart/mixed; boundary=b\(level)\n\n" }
        nested += "--b1000\nContent-Type: text/plain\n\nleaf\n"
        write(nested, "mime-1000.eml", in: tree)
        write(base64Bomb, "base64-bomb.eml", in: tree)
        write("From: a@acme.example\nSubject: s\nContent-Type: multipart/mixed; boundary=\"b\"\n\n--b\nContent-Type: text/plain\n\nnever closed\n",
              "missing-boundary.eml", in: tree)
        write("From: a@acme.example\nSubject: s\nContent-Type: text/plain; charset=x-klingon-9\n\nqapla\u{2019}\n", "unknown-charset.eml", in: tree)
        write(message(plainMessage, ending: "\r\n"), "crlf.eml", in: tree)
        write(message(plainMessage, ending: "\n"), "lf.eml", in: tree)
        write(message(plainMessage, ending: "\r"), "cr.eml", in: tree)
        let loops = tree.appendingPathComponent("loop")
        try FileManager.default.createDirectory(at: loops, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: loops.appendingPathComponent("again").path, withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: loops.appendingPathComponent("self").path, withDestinationPath: ".")
        try createRawNamed(nonUTF8Name, in: tree, contents: clean)
        return root
    }

    /// 2 MB of base64 inside a part whose headers claim 10 bytes. Base64 cannot expand (4 bytes
    /// give at most 3) and nothing is decompressed, so the decoded size is bounded by the file size.
    static let base64Bomb: String = {
        let payload = Data(repeating: 0x41, count: 1_500_000).base64EncodedString(options: .lineLength76Characters)
        return """
            From: a@acme.example
            Subject: bomb
            Content-Type: multipart/mixed; boundary="b"

            --b
            Content-Type: application/octet-stream; name="x.bin"
            Content-Disposition: attachment; filename="x.bin"; size=10
            Content-Length: 10
            Content-Transfer-Encoding: base64

            \(payload)
            --b--

            """
    }()

    static func rules(_ file: [String: Any]?) -> [String] {
        (file?["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
    }

    static func evidence(_ file: [String: Any]?) -> [String] {
        (file?["findings"] as? [[String: Any]] ?? []).compactMap { $0["evidence"] as? String }
    }

    @Test func hostileContentIsLintedFileByFileAndTheGoodFilesStillPass() throws {
        let root = try Self.makeContentTree()
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try HardeningCLI.run(["tree", "--format", "json"], in: root)
        #expect(!run.timedOut)
        // The file whose name is not UTF-8 cannot be opened through Foundation: an error, so 2.
        #expect(run.status == 2, "\(run.stderr)")
        let files = try run.files()
        let expected = ["clean.html", "risky.html", "empty.html", "junk.eml", "invalid-utf8.html", "nul.html", "nul-header.eml",
                        "deep.html", "long-header.eml", "mime-1000.eml", "base64-bomb.eml", "missing-boundary.eml",
                        "unknown-charset.eml", "crlf.eml", "lf.eml", "cr.eml"]
        for name in expected {
            let file = files["tree/" + name]
            #expect(file != nil, "\(name) was not reported")
            #expect(file?["error"] is NSNull, "\(name): \(String(describing: file?["error"]))")
        }
        #expect(files["tree/clean.html"]?["score"] as? Double == 0)
        #expect(files["tree/risky.html"]?["failed"] as? Bool == true)
        #expect(Self.evidence(files["tree/invalid-utf8.html"]).contains("invalid-utf8"))
        #expect(Self.evidence(files["tree/mime-1000.eml"]).contains("nesting-too-deep"))
        #expect(Self.evidence(files["tree/missing-boundary.eml"]).contains("missing-closing-boundary"))
        #expect(Self.evidence(files["tree/unknown-charset.eml"]).contains("unknown-charset"))
        // The same message with CRLF, LF or CR-only line ends reads the same.
        #expect(Self.rules(files["tree/crlf.eml"]) == Self.rules(files["tree/lf.eml"]))
        #expect(Self.rules(files["tree/cr.eml"]) == Self.rules(files["tree/lf.eml"]))
        // The symlink loop is not followed: each real file is reported once.
        #expect(!files.keys.contains { $0.contains("loop/") })
        // The non-UTF-8 name is reported (linted, or a clear error), not dropped, and printable.
        let odd = files.filter { $0.key.hasPrefix("tree/caf") }
        #expect(odd.count == 1, "\(files.keys.sorted())")
        #expect((odd.first?.value["error"] as? String)?.contains("not valid UTF-8") == true, "\(odd)")
        #expect(files.count == expected.count + 1, "\(files.keys.sorted())")
        let summary = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        #expect((summary?["summary"] as? [String: Any])?["files"] as? Int == files.count)
    }

    @Test func unreadableInputsAreErrorsNamingTheFileAndTheOthersAreStillLinted() throws {
        let root = try HardeningCLI.temporaryDirectory("errors")
        defer { try? FileManager.default.removeItem(at: root) }
        Self.write(Self.clean, "clean.html", in: root)
        // 100 MB, sparse: refused from its size before a byte is read.
        FileManager.default.createFile(atPath: root.appendingPathComponent("huge.html").path, contents: nil)
        let huge = try FileHandle(forWritingTo: root.appendingPathComponent("huge.html"))
        try huge.truncate(atOffset: 100 * 1024 * 1024)
        try huge.close()
        #expect(mkfifo(root.appendingPathComponent("fifo.html").path, 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("dangling.html").path, withDestinationPath: "gone.html")

        let run = try HardeningCLI.run(["clean.html", "huge.html", "fifo.html", "dangling.html", "missing.html",
                                        "--format", "json"], in: root)
        #expect(!run.timedOut, "a FIFO must not block the run")
        #expect(run.status == 2)
        let files = try run.files()
        #expect(files["clean.html"]?["error"] is NSNull)
        #expect(files["clean.html"]?["score"] as? Double == 0)
        let hugeError = files["huge.html"]?["error"] as? String ?? ""
        #expect(hugeError.contains("104857600 bytes") && hugeError.contains("--max-file-size limit of 52428800"), "\(hugeError)")
        #expect((files["fifo.html"]?["error"] as? String)?.contains("not a regular file") == true)
        #expect((files["dangling.html"]?["error"] as? String)?.lowercased().contains("no such file") == true,
                "\(String(describing: files["dangling.html"]))")
        #expect((files["missing.html"]?["error"] as? String)?.contains("no such file") == true)

        // The limit is the user's to set, with the same clear message.
        let small = try HardeningCLI.run(["clean.html", "--max-file-size", "100"], in: root)
        #expect(small.status == 2)
        #expect(small.stdout.contains("clean.html: error: file is \(Self.clean.utf8.count) bytes, over the --max-file-size limit of 100 bytes"))
    }

    /// Root reads any file whatever its mode, so when the tests run as root the CLI is run as
    /// `nobody` through setpriv; a 000 file is then really unreadable. Without setpriv this only
    /// proves the non-root case.
    @Test func permissionDeniedIsAnErrorForThatFileOnly() throws {
        let root = try HardeningCLI.temporaryDirectory("perm")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: root.path)
        Self.write(Self.clean, "clean.html", in: root)
        Self.write(Self.clean, "secret.html", in: root)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: root.appendingPathComponent("clean.html").path)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: root.appendingPathComponent("secret.html").path)
        var prefix: [String] = []
        if getuid() == 0 {
            let setpriv = "/usr/bin/setpriv"
            try #require(FileManager.default.isExecutableFile(atPath: setpriv), "running as root needs setpriv to drop privileges")
            prefix = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
        }
        let run = try HardeningCLI.run([".", "--format", "json"], in: root, prefix: prefix)
        #expect(run.status == 2, "\(run.stdout)\(run.stderr)")
        let files = try run.files()
        #expect((files["secret.html"]?["error"] as? String)?.contains("ermission denied") == true, "\(run.stdout)")
        #expect(files["clean.html"]?["error"] is NSNull)
    }

    @Test func aFileThatDisappearsAfterListingIsAnErrorAndTheRestAreLinted() throws {
        let root = try HardeningCLI.temporaryDirectory("vanish")
        defer { try? FileManager.default.removeItem(at: root) }
        for name in ["a.html", "b.html", "c.html"] { Self.write(Self.clean, name, in: root) }
        let (files, _) = InputCollector(baseDirectory: root.path).collect([root.path])
        #expect(files.count == 3)
        try FileManager.default.removeItem(at: root.appendingPathComponent("b.html"))
        var reports: [FileReport] = []
        LintRunner(linter: Linter()).run(files) { reports.append($0) }
        #expect(reports.count == 3)
        #expect(reports[1].error?.contains("No such file") == true, "\(String(describing: reports[1].error))")
        #expect(reports[0].error == nil && reports[2].error == nil)
    }

    @Test func lineEndingsDoNotChangeWhatIsRead() throws {
        let documents = ["\r\n", "\n", "\r"].map { EmailReader.read(Self.message(Self.plainMessage, ending: $0)) }
        for document in documents {
            #expect(document.kind == .message)
            #expect(document.subject == "Your statement")
            #expect(document.from.first?.address == "news@acme.example")
            #expect(document.htmlBodies.first?.links.map(\.href) == ["https://acme.example/account"])
            #expect(document.textBodies.first?.text.contains("Your statement is ready") == true)
            #expect(document.problems.isEmpty, "\(document.problems)")
        }
    }

    @Test func base64NeverDecodesToMoreThanItsEncodedSize() throws {
        let bytes = Array(Self.base64Bomb.utf8)
        let document = EmailReader.read(bytes)
        let attachment = try #require(document.attachments.first { $0.filename == "x.bin" })
        // The declared size is ignored: the real decoded size is what is reported, and it is
        // bounded by three quarters of the whole file.
        #expect(attachment.size == 1_500_000)
        #expect(attachment.size <= bytes.count * 3 / 4)
    }

    @Test func configurationOfAGigabyteIsRefusedBeforeReading() throws {
        let root = try HardeningCLI.temporaryDirectory("bigconfig")
        defer { try? FileManager.default.removeItem(at: root) }
        Self.write(Self.clean, "clean.html", in: root)
        let config = root.appendingPathComponent(".spamlint.yml")
        Self.write("exclude:\n  - \"", ".spamlint.yml", in: root)
        let handle = try FileHandle(forWritingTo: config)
        try handle.truncate(atOffset: 1 << 30)
        try handle.close()
        #expect(throws: ConfigurationError.self) { try ConfigurationLoader.load(path: config.path) }
        let run = try HardeningCLI.run(["clean.html"], in: root)
        #expect(!run.timedOut)
        #expect(run.status == 2)
        #expect(run.stderr.contains("over the limit of \(ConfigurationLoader.maxFileSize) bytes"), "\(run.stderr)")

        // A large but legal string is simply read.
        Self.write("exclude:\n  - \"" + String(repeating: "a", count: 900_000) + "\"\n", ".spamlint.yml", in: root)
        #expect(try ConfigurationLoader.load(path: config.path).exclude.first?.count == 900_000)
        // A FIFO named .spamlint.yml would block a plain read forever.
        try FileManager.default.removeItem(at: config)
        #expect(mkfifo(config.path, 0o644) == 0)
        #expect(throws: ConfigurationError.self) { try ConfigurationLoader.load(path: config.path) }
    }

    /// The config's only patterns are globs; `**` backtracking is exponential in the number of
    /// `**`, so matching is dynamic programming. This pattern against this path is ~10^20 steps
    /// of backtracking and 40 × 80 cells of the table.
    @Test func pathologicalGlobsAreMatchedInPolynomialTime() {
        let pattern = GlobPattern(String(repeating: "**/a/", count: 40) + "b")
        let deep = Array(repeating: "a", count: 80).joined(separator: "/")
        #expect(!pattern.matches(deep + "/c"))
        #expect(pattern.matches(deep + "/b"))
        let stars = String(repeating: "*a", count: 200) + "b"
        #expect(!GlobPattern(stars).matches(String(repeating: "a", count: 4_000)))
    }

    /// Regression: the column of each link was counted from the start of its line, so a minified
    /// one-line template of n links took O(n²) (25,000 links: minutes). Columns are now counted on
    /// from the previous item on the line; this input finishes only if that holds.
    @Test func oneLineTemplateWithManyLinksGetsExactColumns() throws {
        let count = 20_000
        var source = "<html><body>"
        var expectedColumns: [Int] = []
        var scalars = source.unicodeScalars.count
        for index in 0..<count {
            let prefix = "<a href=\""
            expectedColumns.append(scalars + prefix.count + 1)
            let link = prefix + "https://l\(index % 100).example/é\(index)\">x</a>"
            source += link
            scalars += link.unicodeScalars.count
        }
        source += "</body></html>"
        let document = EmailReader.read(Array(source.utf8))
        let links = try #require(document.htmlBodies.first?.links)
        #expect(links.count == count)
        #expect(links.map(\.position.column) == expectedColumns)
        #expect(links.allSatisfy { $0.position.line == 1 })
    }

    /// Regression: hrefs with `&amp;` are not found verbatim, so each was searched to the end of
    /// the line and again from its start: O(n × line). The mapper's search budget bounds that;
    /// past it columns are 0 but every link is still extracted on the right line.
    @Test func oneLineTemplateWithManyEntityLinksIsBounded() throws {
        let count = 5_000
        let source = "<html><body>" + (0..<count).map { "<a href=\"https://l\($0 % 100).example/p?a=\($0)&amp;b=2\">x</a>" }.joined()
            + "</body></html>"
        let links = try #require(EmailReader.read(Array(source.utf8)).htmlBodies.first?.links)
        #expect(links.count == count)
        #expect(links.allSatisfy { $0.position.line == 1 && $0.href.contains("&b=2") })
        #expect(links.first?.position.column == "<html><body><a href=\"".count + 1)
    }

    @Test(.tags(.heavy), .enabled(if: ProcessInfo.processInfo.environment["SPAMLINT_HEAVY"] == "1"))
    func heavyMillionLinksAndHundredMegabytes() throws {
        let root = try HardeningCLI.temporaryDirectory("heavy")
        defer { try? FileManager.default.removeItem(at: root) }
        Self.write(Self.clean, "clean.html", in: root)
        var links = "<html><body>"
        links.reserveCapacity(40_000_000)
        for index in 0..<1_000_000 { links += "<a href=\"https://l\(index % 1000).example/\(index)\">x</a>" }
        links += "</body></html>"
        Self.write(links, "links.html", in: root)
        // A real (not sparse) 100 MB file, refused by the default limit.
        Self.write([UInt8](repeating: UInt8(ascii: "a"), count: 100 * 1024 * 1024), "huge.html", in: root)
        // A million links take longer than the default 5 s time limit: this case is about size and memory.
        let run = try HardeningCLI.run([".", "--format", "json", "--time-limit", "0"], in: root, deadline: 900)
        #expect(!run.timedOut)
        #expect(run.status == 2)
        let files = try run.files()
        #expect(files["links.html"]?["error"] is NSNull)
        #expect((files["huge.html"]?["error"] as? String)?.contains("--max-file-size") == true)
        #expect(files["clean.html"]?["score"] as? Double == 0)
    }
}
