import Foundation
import Testing

/// A baseline works from any folder (paths relative to its own file) and tells of entries that
/// no longer match (issue 15, item 4).
@Suite struct BaselineCLITests {
    static let twoShorteners = """
        <html><body><p>Hello there, your October statement is ready to read and download today.</p>
        <p><a href="https://bit.ly/one">One</a> <a href="https://bit.ly/two">Two</a></p>
        <p><a href="{{ unsubscribe_url }}">Unsubscribe</a></p></body></html>
        """

    @Test func aBaselineWrittenAtTheRootWorksFromASubfolderAndFromConfiguration() throws {
        let repository = try ThrowawayRepository(git: true)
        defer { repository.remove() }
        try repository.write(Self.twoShorteners, "emails/a.html")
        let written = try repository.spamlint(["emails", "--write-baseline", ".spamlint-baseline.json"])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(try repository.read(".spamlint-baseline.json").contains("\"path\" : \"emails/a.html\""))
        // Used from the subfolder: the same findings are suppressed (before, nothing was).
        let fromSub = try repository.spamlint(["a.html", "--baseline", "../.spamlint-baseline.json", "--fail-score", "1"], in: "emails")
        #expect(fromSub.status == 0, "\(fromSub.stdout)\(fromSub.stderr)")
        #expect(fromSub.stdout.contains("a.html: score 0.0 (low) ok, 2 suppressed"), "\(fromSub.stdout)")
        // Named by the configuration: relative to the configuration file, whatever the working folder.
        try repository.write("baseline: .spamlint-baseline.json\nthresholds: { fail-score: 1 }\n", ".spamlint.yml")
        let configured = try repository.spamlint(["a.html"], in: "emails")
        #expect(configured.status == 0 && configured.stdout.contains("2 suppressed"), "\(configured.stdout)\(configured.stderr)")
        #expect(configured.stderr.isEmpty, "nothing is stale: \(configured.stderr)")
    }

    @Test func staleEntriesAreReportedAndPruned() throws {
        let repository = try ThrowawayRepository(git: false)
        defer { repository.remove() }
        try repository.write(Self.twoShorteners, "emails/a.html")
        try repository.write(Self.twoShorteners, "emails/gone.html")
        try repository.write(Self.twoShorteners, "emails/untouched.html")
        _ = try repository.spamlint(["emails", "--write-baseline", "baseline.json"])
        // One shortener fixed, one file deleted, one file not linted in the next run.
        try repository.write(Self.twoShorteners.replacingOccurrences(of: "https://bit.ly/two", with: "https://acme.example/two"), "emails/a.html")
        try FileManager.default.removeItem(at: repository.root.appendingPathComponent("emails/gone.html"))
        let run = try repository.spamlint(["emails/a.html", "--baseline", "baseline.json"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stderr.contains("baseline.json: 3 stale baseline entries (no longer found; --baseline-prune drops them):"), "\(run.stderr)")
        #expect(run.stderr.contains("  emails/a.html: link-shortener: https://bit.ly/two"), "\(run.stderr)")
        #expect(run.stderr.contains("  emails/gone.html: link-shortener: https://bit.ly/one"), "\(run.stderr)")
        #expect(!run.stderr.contains("untouched.html"), "entries of files not linted are not stale: \(run.stderr)")

        let pruned = try repository.spamlint(["emails/a.html", "--baseline", "baseline.json", "--baseline-prune"])
        #expect(pruned.stderr.contains("spamlint: pruned 3 stale baseline entries from baseline.json"), "\(pruned.stderr)")
        let file = try repository.read("baseline.json")
        #expect(file.contains("https://bit.ly/one") && !file.contains("gone.html") && !file.contains("https://bit.ly/two\"\n      \"path\" : \"emails/a.html"))
        #expect(file.contains("untouched.html"))
        let again = try repository.spamlint(["emails/a.html", "--baseline", "baseline.json"])
        #expect(!again.stderr.contains("stale"), "\(again.stderr)")
        #expect(again.stdout.contains("emails/a.html: score 0.0 (low) ok, 1 suppressed"), "\(again.stdout)")
    }
}
