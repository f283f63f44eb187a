import Foundation
import Testing
@_spi(CLI) @testable import SpamLintKit

/// `.pre-commit-hooks.yaml` must select exactly the files spamlint lints when it walks a folder.
struct PreCommitHookTests {
    static func filesPattern() throws -> NSRegularExpression {
        let manifest = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent(".pre-commit-hooks.yaml"), encoding: .utf8)
        let line = try #require(manifest.split(separator: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("files:") })
        let pattern = line.trimmingCharacters(in: .whitespaces).dropFirst("files:".count).trimmingCharacters(in: .whitespaces)
        return try NSRegularExpression(pattern: pattern)
    }

    static func matches(_ regex: NSRegularExpression, _ path: String) -> Bool {
        // pre-commit applies the pattern with Python's re.search.
        regex.firstMatch(in: path, range: NSRange(path.startIndex..., in: path)) != nil
    }

    @Test func filesPatternMatchesTheDefaultExtensionsOnly() throws {
        let regex = try Self.filesPattern()
        for ext in InputCollector.defaultExtensions {
            #expect(Self.matches(regex, "emails/welcome.\(ext)"), "\(ext) not matched")
            #expect(Self.matches(regex, "emails/WELCOME.\(ext.uppercased())"), "\(ext) upper case not matched")
        }
        for path in ["notes.txt", "emails/welcome.html.bak", "Package.swift", "emails/html", "styles.css", "emails/x.emlx"] {
            #expect(!Self.matches(regex, path), "\(path) should not be linted")
        }
    }

    @Test func hookRunsTheSwiftBuiltBinary() throws {
        let manifest = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent(".pre-commit-hooks.yaml"), encoding: .utf8)
        #expect(manifest.contains("- id: spamlint"))
        #expect(manifest.contains("language: swift"))
        #expect(manifest.contains("entry: spamlint"))
    }
}
