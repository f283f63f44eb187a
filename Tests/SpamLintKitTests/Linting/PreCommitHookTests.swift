import Foundation
import Testing
import Yams
@_spi(CLI) @testable import SpamLintKit

/// `.pre-commit-hooks.yaml`: the source-built hook and the installed-binary hook select exactly the
/// files spamlint lints when it walks a folder, and run the same command.
struct PreCommitHookTests {
    static func hooks() throws -> [[String: Any]] {
        let manifest = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent(".pre-commit-hooks.yaml"), encoding: .utf8)
        return try #require(try Yams.load(yaml: manifest) as? [[String: Any]])
    }

    static func filesPattern(_ hook: [String: Any]) throws -> NSRegularExpression {
        try NSRegularExpression(pattern: try #require(hook["files"] as? String))
    }

    static func matches(_ regex: NSRegularExpression, _ path: String) -> Bool {
        // pre-commit applies the pattern with Python's re.search.
        regex.firstMatch(in: path, range: NSRange(path.startIndex..., in: path)) != nil
    }

    @Test func filesPatternMatchesTheDefaultExtensionsOnly() throws {
        let hooks = try Self.hooks()
        #expect(hooks.count == 2)
        for hook in hooks {
            let regex = try Self.filesPattern(hook)
            for ext in InputCollector.defaultExtensions {
                #expect(Self.matches(regex, "emails/welcome.\(ext)"), "\(ext) not matched")
                #expect(Self.matches(regex, "emails/WELCOME.\(ext.uppercased())"), "\(ext) upper case not matched")
            }
            for path in ["notes.txt", "emails/welcome.html.bak", "Package.swift", "emails/html", "styles.css", "emails/x.emlx"] {
                #expect(!Self.matches(regex, path), "\(path) should not be linted")
            }
        }
    }

    @Test func oneHookBuildsFromSourceTheOtherRunsTheInstalledBinary() throws {
        let hooks = try Self.hooks()
        let byID = Dictionary(uniqueKeysWithValues: hooks.map { ($0["id"] as? String ?? "", $0) })
        #expect(byID["spamlint"]?["language"] as? String == "swift")
        #expect(byID["spamlint-system"]?["language"] as? String == "system")
        for hook in hooks {
            // pre-commit names every staged file: --force-exclude keeps .spamlintignore and exclude: in force.
            #expect(hook["entry"] as? String == "spamlint --force-exclude")
            #expect(hook["require_serial"] as? Bool == false)
            #expect(hook["types"] as? [String] == ["file"])
        }
        #expect(byID["spamlint"]?["files"] as? String == byID["spamlint-system"]?["files"] as? String)
    }
}
