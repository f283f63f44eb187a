import Foundation
import Glibc
import Testing

/// What a folder walk lints (issue 15 item 3, issue 18 "directory walks fail open"), on throwaway
/// repositories: git ignores, `.spamlintignore`, `node_modules`, symbolic links, folders that
/// cannot be entered, and paths that give no file.
@Suite struct DiscoveryCLITests {
    static let template = ThrowawayRepository.shortenerTemplate

    static func lintedPaths(_ run: ThrowawayRepository.Run) -> [String] {
        run.stdout.split(separator: "\n").compactMap { line in
            guard let range = line.range(of: ": score ") else { return nil }
            return String(line[..<range.lowerBound])
        }
    }

    @Test(.enabled(if: ThrowawayRepository.gitIsInstalled, "needs git"))
    func aGitWorkTreeSkipsWhatGitIgnores() throws {
        let repository = try ThrowawayRepository(git: true)
        defer { repository.remove() }
        for path in ["emails/a.html", "build/out.html", "emails/generated/g.html", "local/private.html", "node_modules/pkg/index.html",
                     "emails/tracked-but-ignored.html", "vendor/x.html", "vendor/keep.html", "emails/new-untracked.html"] {
            try repository.write(Self.template, path)
        }
        try repository.write("build/\nemails/generated/\n", ".gitignore")
        try repository.write("local/\n", ".git/info/exclude")
        try repository.write("vendor/\n!vendor/keep.html\n# comment\n", ".spamlintignore")
        // A tracked file stays linted even when a later .gitignore line matches it, as git keeps tracking it.
        try repository.git(["add", "emails/a.html", "emails/tracked-but-ignored.html", ".gitignore"])
        try repository.write("build/\nemails/generated/\nemails/tracked-but-ignored.html\n", ".gitignore")
        let run = try repository.spamlint([".", "--fail-on", "never", "--fail-score", "100"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(Self.lintedPaths(run) == ["emails/a.html", "emails/new-untracked.html", "emails/tracked-but-ignored.html", "vendor/keep.html"],
                "\(run.stdout)")
        // From a subfolder the same rules hold, with paths as given.
        let sub = try repository.spamlint(["."], in: "emails")
        #expect(Self.lintedPaths(sub) == ["a.html", "new-untracked.html", "tracked-but-ignored.html"], "\(sub.stdout)")
        // A file named explicitly is linted whatever the ignore files say.
        let explicit = try repository.spamlint(["build/out.html", "node_modules/pkg/index.html", "vendor/x.html"])
        #expect(Self.lintedPaths(explicit) == ["build/out.html", "node_modules/pkg/index.html", "vendor/x.html"], "\(explicit.stdout)")
        // A folder git ignores entirely gives no file: an error saying why.
        let ignored = try repository.spamlint(["build"])
        #expect(ignored.status == 2)
        #expect(ignored.stdout.contains("build: error: no file to lint in this folder (1 ignored by git)"), "\(ignored.stdout)")
    }

    @Test func nodeModulesAndHiddenFoldersAreNeverEnteredOutsideGitToo() throws {
        let repository = try ThrowawayRepository(git: false)
        defer { repository.remove() }
        try repository.write(Self.template, "a.html")
        try repository.write(Self.template, "node_modules/pkg/index.html")
        try repository.write(Self.template, "sub/node_modules/x.html")
        try repository.write(Self.template, ".cache/y.html")
        let run = try repository.spamlint(["."])
        #expect(Self.lintedPaths(run) == ["a.html"], "\(run.stdout)")
    }

    @Test func aFolderGivenAsASymbolicLinkIsFollowed() throws {
        let repository = try ThrowawayRepository(git: false)
        defer { repository.remove() }
        try repository.write(Self.template, "real/t.html")
        try FileManager.default.createSymbolicLink(atPath: repository.root.appendingPathComponent("linkdir").path, withDestinationPath: "real")
        // Links inside a walk are still not followed: the walk of the root lints real/t.html once.
        try FileManager.default.createSymbolicLink(atPath: repository.root.appendingPathComponent("real/loop").path, withDestinationPath: "..")
        let run = try repository.spamlint(["linkdir"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(Self.lintedPaths(run) == ["linkdir/t.html"], "\(run.stdout)")
        #expect(run.stdout.contains("linkdir/t.html:2:"), "the link's file is linted, not just listed: \(run.stdout)")
        let slash = try repository.spamlint(["linkdir/"])
        #expect(Self.lintedPaths(slash) == ["linkdir/t.html"], "\(slash.stdout)")
        let root = try repository.spamlint(["."])
        #expect(Self.lintedPaths(root) == ["real/t.html"], "\(root.stdout)")
    }

    @Test func pathsThatGiveNoFileAreErrorsInInputOrder() throws {
        let repository = try ThrowawayRepository(git: false)
        defer { repository.remove() }
        try repository.write(Self.template, "a.html")
        try repository.write(Self.template, "z.html")
        try repository.write("notes", "docs/readme.txt")
        try FileManager.default.createDirectory(at: repository.root.appendingPathComponent("empty"), withIntermediateDirectories: true)
        let run = try repository.spamlint(["z.html", "empty", "missing.html", "docs", "a.html"])
        #expect(run.status == 2)
        let lines = run.stdout.split(separator: "\n").map(String.init).filter { !$0.contains(":2:") }
        #expect(lines.count == 6, "\(run.stdout)")
        #expect(lines[0].hasPrefix("z.html: score"))
        #expect(lines[1].hasPrefix("empty: error: no file to lint in this folder (no file with one of the extensions .eml"), "\(lines[1])")
        #expect(lines[2] == "missing.html: error: no such file or directory")
        #expect(lines[3].hasPrefix("docs: error: no file to lint in this folder"))
        #expect(lines[4].hasPrefix("a.html: score"))

        let nothing = try repository.spamlint(["empty"])
        #expect(nothing.status == 2)
        #expect(nothing.stderr.contains("spamlint: no file was linted (1 path gave an error)"), "\(nothing.stderr)")
        // The same in JSON: the error is a report, and standard error says why the run exits 2.
        let json = try repository.spamlint(["empty", "--format", "json"])
        #expect(json.status == 2 && json.stderr.contains("spamlint: empty: no file to lint in this folder"), "\(json.stderr)")
    }

    /// pre-commit names every staged file: with --force-exclude (the hook's entry) the ignore file and
    /// the configuration's exclude still apply, and a batch of only excluded files passes quietly.
    @Test func forceExcludeAppliesIgnoreFilesAndExcludeToNamedFiles() throws {
        let repository = try ThrowawayRepository(git: false)
        defer { repository.remove() }
        try repository.write("exclude: [\"drafts/**\"]\n", ".spamlint.yml")
        try repository.write("vendor/\n!vendor/keep.html\n", ".spamlintignore")
        for path in ["emails/a.html", "vendor/x.html", "vendor/keep.html", "drafts/d.html"] { try repository.write(Self.template, path) }
        let named = ["emails/a.html", "vendor/x.html", "vendor/keep.html", "drafts/d.html"]
        let plain = try repository.spamlint(named + ["--fail-on", "never", "--fail-score", "100"])
        #expect(Self.lintedPaths(plain) == named, "\(plain.stdout)")
        let forced = try repository.spamlint(named + ["--force-exclude", "--fail-on", "never", "--fail-score", "100"])
        #expect(forced.status == 0, "\(forced.stdout)\(forced.stderr)")
        #expect(Self.lintedPaths(forced) == ["emails/a.html", "vendor/keep.html"], "\(forced.stdout)")
        #expect(forced.stderr.contains("2 files named on the command line left out by --force-exclude"), "\(forced.stderr)")
        // Only excluded files: nothing to lint is not an error here.
        let none = try repository.spamlint(["vendor/x.html", "drafts/d.html", "--force-exclude"])
        #expect(none.status == 0, "\(none.stdout)\(none.stderr)")
        #expect(!none.stderr.contains("no file was linted"), "\(none.stderr)")
        // A missing file is still an error.
        let missing = try repository.spamlint(["vendor/x.html", "nope.html", "--force-exclude"])
        #expect(missing.status == 2)
    }

    @Test func anIncludeThatMatchesNothingIsAnError() throws {
        let repository = try ThrowawayRepository(git: false)
        defer { repository.remove() }
        try repository.write("include: [\"emails/**\"]\n", ".spamlint.yml")
        try repository.write(Self.template, "templates/a.html")
        let run = try repository.spamlint(["."])
        #expect(run.status == 2)
        #expect(run.stdout.contains(".: error: no file to lint in this folder (1 left out by include/exclude)"), "\(run.stdout)")
    }

    /// The folders mounted below /dev (devpts, a tmpfs at /dev/shm) are other file systems: a
    /// walk reports each instead of passing it over. No mount privileges needed.
    static let devHasMounts: Bool = {
        var dev = stat(), shm = stat()
        return stat("/dev", &dev) == 0 && stat("/dev/shm", &shm) == 0 && dev.st_dev != shm.st_dev
    }()

    @Test(.enabled(if: devHasMounts, "needs /dev/shm mounted as its own file system"))
    func aFolderOnAnotherFileSystemIsReportedNotSkippedSilently() throws {
        let repository = try ThrowawayRepository(git: false)
        defer { repository.remove() }
        let run = try repository.spamlint(["/dev", "--format", "json"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("spamlint: warning: /dev/shm: folder not entered: on another file system (not entered)"), "\(run.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        let summary = object?["summary"] as? [String: Any]
        #expect((summary?["skipped"] as? Int ?? 0) >= 1, "\(run.stdout)")
        let skipped = object?["skipped"] as? [[String: String]] ?? []
        #expect(skipped.contains { $0["path"] == "/dev/shm" && $0["reason"] == "on another file system (not entered)" }, "\(run.stdout)")
        let text = try repository.spamlint(["/dev"])
        #expect(text.stdout.contains("/dev/shm: warning: folder not entered: on another file system"), "\(text.stdout)")
        #expect(text.stdout.contains("folders skipped") || text.stdout.contains("folder skipped"), "\(text.stdout)")
    }

    /// chmod 000 does not stop root, so as root the run is made as `nobody` with setpriv.
    static let unprivilegedPrefix: [String]? = {
        guard geteuid() == 0 else { return [] }
        let prefix = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
        let probe = try? ThrowawayRepository.execute(prefix + [TestPaths.executable.path, "--version"], in: URL(fileURLWithPath: "/tmp"))
        return probe?.status == 0 ? prefix : nil
    }()

    @Test(.enabled(if: unprivilegedPrefix != nil, "running as root, and setpriv cannot run spamlint as nobody here"))
    func anUnreadableFolderIsAWarningAndCounted() throws {
        let repository = try ThrowawayRepository(git: false)
        defer {
            chmod(repository.root.appendingPathComponent("locked").path, 0o755)
            repository.remove()
        }
        try repository.write(Self.template, "open/a.html")
        try repository.write(Self.template, "locked/b.html")
        #expect(chmod(repository.root.appendingPathComponent("locked").path, 0o000) == 0)
        let run = try repository.spamlint([".", "--fail-score", "100"], prefix: Self.unprivilegedPrefix ?? [])
        #expect(Self.lintedPaths(run) == ["open/a.html"], "\(run.stdout)\(run.stderr)")
        #expect(run.stderr.contains("spamlint: warning: locked: folder not entered: Permission denied"), "\(run.stderr)")
        #expect(run.stdout.contains("locked: warning: folder not entered: Permission denied"), "\(run.stdout)")
        #expect(run.stdout.contains("2 files linted") == false && run.stdout.contains(", 1 folder skipped"), "\(run.stdout)")
        #expect(run.status == 0, "a skipped folder is a warning, the gate decides: \(run.stderr)")
    }
}
