import Foundation
import Testing

/// The command line a new user meets (issue 15, items 5 to 7): mistyped subcommands, standard
/// input names, colour, source excerpts, one run for text and SARIF, the version's commit.
@Suite struct CommandLineCLITests {
    @Test func aMistypedSubcommandIsAUsageErrorWithASuggestion() throws {
        let repository = try ThrowawayRepository()
        defer { repository.remove() }
        let run = try repository.spamlint(["explian", "link-shortener"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("'explian' is neither a subcommand nor a file or folder (did you mean 'explain'?)"), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        // A word that names an existing folder is linted, and a missing file is a lint error, not a usage error.
        try repository.write(ThrowawayRepository.shortenerTemplate, "explian/t.html")
        #expect(try repository.spamlint(["explian"]).stdout.contains("explian/t.html: score"))
        let missing = try repository.spamlint(["nope.html"])
        #expect(missing.status == 2 && missing.stdout.contains("nope.html: error: no such file or directory"))
    }

    @Test func standardInputTakesTheNameAndTheConfigurationOfStdinFilename() throws {
        let repository = try ThrowawayRepository()
        defer { repository.remove() }
        try FileManager.default.createDirectory(at: repository.root.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try repository.write("rules:\n  disable: [link-shortener]\n", "quiet/.spamlint.yml")
        let named = try repository.spamlint(["-", "--stdin-filename", "loud/welcome.html"], stdin: ThrowawayRepository.shortenerTemplate)
        #expect(named.stdout.contains("loud/welcome.html:2:") && named.stdout.contains("[link-shortener +1.5]"), "\(named.stdout)")
        let quiet = try repository.spamlint(["-", "--stdin-filename", "quiet/welcome.html"], stdin: ThrowawayRepository.shortenerTemplate)
        #expect(quiet.stdout.contains("quiet/welcome.html: score 0.0 (low) ok"), "\(quiet.stdout)")
        let refused = try repository.spamlint(["a.html", "--stdin-filename", "x.html"])
        #expect(refused.status == 2 && refused.stderr.contains("--stdin-filename names standard input"), "\(refused.stderr)")
    }

    @Test func colourFollowsTheFlagThenForceColorThenNoColor() throws {
        let repository = try ThrowawayRepository()
        defer { repository.remove() }
        try repository.write(ThrowawayRepository.shortenerTemplate, "t.html")
        let escape = "\u{1B}["
        #expect(!(try repository.spamlint(["t.html"]).stdout.contains(escape)), "a pipe is not coloured")
        #expect(try repository.spamlint(["t.html", "--color", "always"]).stdout.contains(escape + "33mwarning" + escape + "0m"))
        #expect(try repository.spamlint(["t.html"], environment: ["FORCE_COLOR": "1"]).stdout.contains(escape))
        #expect(!(try repository.spamlint(["t.html"], environment: ["FORCE_COLOR": "0"]).stdout.contains(escape)))
        #expect(!(try repository.spamlint(["t.html", "--color", "never"], environment: ["FORCE_COLOR": "1"]).stdout.contains(escape)))
        #expect(!(try repository.spamlint(["t.html", "--no-color", "--color", "always"]).stdout.contains(escape)))
        #expect(try repository.spamlint(["t.html", "--color", "sometimes"]).status == 2)
    }

    @Test func showSourcePrintsTheLineACaretAndTheExplainCommand() throws {
        let repository = try ThrowawayRepository()
        defer { repository.remove() }
        try repository.write("<html><body><p>Hello there, your October statement is ready to read today.</p>\n\t<p><a href=\"https://bit.ly/x\">Read</a></p>\n"
                             + "<p><a href=\"{{ unsubscribe_url }}\">Unsubscribe</a></p></body></html>\n", "t.html")
        let run = try repository.spamlint(["t.html", "--show-source"])
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let index = try #require(lines.firstIndex { $0.contains("[link-shortener +1.5]") }, "\(run.stdout)")
        let column = try #require(Int(lines[index].split(separator: ":")[2]))
        // Tabs print as one space (terminal-safe text), so the caret lines up one column per character.
        #expect(lines[index + 1] == "    2 |  <p><a href=\"https://bit.ly/x\">Read</a></p>", "\(run.stdout)")
        #expect(lines[index + 2] == "      | " + String(repeating: " ", count: column - 1) + "^", "\(run.stdout)")
        #expect(lines[index + 3] == "      = help: spamlint explain link-shortener", "\(run.stdout)")
        #expect(!(try repository.spamlint(["t.html"]).stdout.contains("= help:")), "only with --show-source")
    }

    @Test func oneRunWritesTheReportAndSARIF() throws {
        let repository = try ThrowawayRepository()
        defer { repository.remove() }
        try repository.write(ThrowawayRepository.shortenerTemplate, "t.html")
        let run = try repository.spamlint(["t.html", "--sarif-output", "out.sarif", "--format", "text"])
        #expect(run.stdout.contains("[link-shortener +1.5]"))
        let sarif = try JSONSerialization.jsonObject(with: Data(try repository.read("out.sarif").utf8)) as? [String: Any]
        let runs = sarif?["runs"] as? [[String: Any]] ?? []
        let results = runs.first?["results"] as? [[String: Any]] ?? []
        #expect(results.contains { $0["ruleId"] as? String == "link-shortener" }, "\(results)")
        let bad = try repository.spamlint(["t.html", "--sarif-output", "/nonexistent-folder/x.sarif"])
        #expect(bad.status == 2 && bad.stderr.contains("cannot write /nonexistent-folder/x.sarif"), "\(bad.stderr)")
    }

    @Test func versionNamesTheCommitItWasBuiltFrom() throws {
        let run = try ThrowawayRepository.execute([TestPaths.executable.path, "--version"], in: TestPaths.packageRoot)
        #expect(run.status == 0)
        let head = try ThrowawayRepository.execute(["git", "-C", TestPaths.packageRoot.path, "rev-parse", "HEAD"], in: TestPaths.packageRoot)
        if head.status == 0 {
            // Built from this checkout: the commit is HEAD's when the build is fresh (the test target was built just now).
            let hash = head.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(run.stdout == "spamlint 0.1.0 (commit \(hash))\n", "\(run.stdout)")
        } else {
            #expect(run.stdout.hasPrefix("spamlint 0.1.0 (commit "), "\(run.stdout)")
        }
    }
}
