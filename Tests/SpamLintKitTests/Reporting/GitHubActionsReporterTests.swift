import Testing
@_spi(CLI) @testable import SpamLintKit

struct GitHubActionsReporterTests {
    @Test func escapingFollowsTheActionsToolkit() {
        #expect(GitHubWorkflowCommand.escapeData("100% a\r\nb: c, d") == "100%25 a%0D%0Ab: c, d")
        #expect(GitHubWorkflowCommand.escapeProperty("100% a\r\nb: c, d") == "100%25 a%0D%0Ab%3A c%2C d")
        #expect(GitHubWorkflowCommand.escapeData("%0A") == "%250A", "an already-escaped sequence is escaped again, not passed through")
        let command = GitHubWorkflowCommand(command: "warning", properties: [("file", "a,b:c.html"), ("col", ""), ("title", "t")], message: "m::x")
        #expect(command.line == "::warning file=a%2Cb%3Ac.html,title=t::m::x")
    }

    /// Reverses the runner's unescaping, to check nothing is lost.
    static func unescapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%0D", with: "\r").replacingOccurrences(of: "%0A", with: "\n").replacingOccurrences(of: "%25", with: "%")
    }

    static func unescapeProperty(_ text: String) -> String {
        unescapeData(text.replacingOccurrences(of: "%3A", with: ":").replacingOccurrences(of: "%2C", with: ","))
    }

    @Test func oneAnnotationPerUnsuppressedFindingAndATotalPerFile() throws {
        let output = GitHubActionsReporter(sourceRoot: "/work/repo").render(ReporterFixtures.result)
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        #expect(output.hasSuffix("\n"))
        #expect(!output.contains("\r"), "CR from the content never reaches the log raw")
        let annotations = lines.filter { $0.hasPrefix("::") }
        // 3 findings of the hostile file, the unsuppressed one of suppressed.eml, the unreadable file.
        #expect(annotations.count == 5, "\(annotations)")
        #expect(!output.contains("tinyurl.com") && !output.contains("<form>"), "suppressed findings are left out")

        let hostile = try #require(annotations.first { $0.hasPrefix("::warning ") })
        let parts = hostile.dropFirst(2).split(separator: "::", maxSplits: 1).map(String.init)
        #expect(parts.count == 2)
        #expect(Self.unescapeData(parts[1]) == TerminalSafe.clean(ReporterFixtures.hostile, keepingLineBreaks: true))
        #expect(Self.unescapeData(parts[1]).contains("100% off,: now\r\nnext"), "line breaks survive, escaped")
        #expect(!hostile.contains("\u{1B}") && !hostile.contains("\u{0}") && !hostile.contains("\u{202E}"))
        let properties = Dictionary(uniqueKeysWithValues: parts[0].dropFirst("warning ".count).split(separator: ",").map { pair -> (String, String) in
            let keyValue = pair.split(separator: "=", maxSplits: 1).map(String.init)
            return (keyValue[0], Self.unescapeProperty(keyValue[1]))
        })
        #expect(properties["file"] == ReporterFixtures.hostilePath)
        #expect(properties["line"] == "3")
        #expect(properties["col"] == "7")
        #expect(properties["title"] == "spamlint link-shortener (+1.5)")

        #expect(annotations.contains { $0.hasPrefix("::error file=mails/") && $0.contains("html-script") })
        let notice = try #require(annotations.first { $0.hasPrefix("::notice ") })
        #expect(notice.contains("line=1,title="), "line 0 becomes 1 and an unknown column is left out: \(notice)")
        #expect(annotations.contains { $0.hasPrefix("::error file=gone/missing.html,title=spamlint%3A file not linted::cannot read file") })

        #expect(lines.contains("./ok/clean.html: score 0.0 (low), 0 findings ok"), "plain lines name files as given")
        #expect(lines.contains("ok/suppressed.eml: score 0.5 (low), 1 finding ok"))
        #expect(lines.contains { $0.hasPrefix("mails/we,ird:na%me") && $0.hasSuffix("3 findings FAIL") })
        #expect(lines.last == "spamlint: 4 files linted, 1 failed, 1 error")
        for line in lines where !line.hasPrefix("::") {
            #expect(!line.contains("\u{1B}") && !line.contains("\u{0}"), "plain lines are terminal-safe: \(line)")
        }
    }

    @Test func plainLinesCannotBecomeCommands() {
        let report = FileReport(path: "::error::pwned", kind: .template, findings: [], thresholds: Thresholds())
        let output = GitHubActionsReporter().render(LintResult(reports: [report]))
        #expect(!output.split(separator: "\n").contains { $0.hasPrefix("::") })
    }
}
