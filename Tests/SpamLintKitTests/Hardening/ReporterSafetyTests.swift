import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@_spi(CLI) @testable import SpamLintKit

/// Hostile strings from email content go through every reporter in `Reporters.all`: structured
/// output must still parse, and no output may carry raw terminal control characters.
@Suite struct ReporterSafetyTests {
    /// Clear screen, an OSC 8 hyperlink, a window-title OSC ended by BEL, a bare CR that rewinds
    /// the line, a right-to-left override, a C1 CSI, DEL and NUL.
    static let hostile = "A\u{1B}[2J\u{1B}]8;;https://evil.example\u{1B}\\click\u{1B}]8;;\u{1B}\\"
        + "\u{1B}]0;title\u{07}\rB\u{202E}gnp.exe\u{202C}\u{9B}31m\u{7F}\u{0}<&\"'>]]>"

    static let message = """
        From: "Bank\u{1B}[2J" <alerts@bank.example>
        Subject: =?utf-8?B?\(Data("Verify\u{1B}]8;;https://evil.example\u{07}now\u{202E}".utf8).base64EncodedString())?=
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="b"

        --b
        Content-Type: text/html; charset=utf-8

        <html><body><p>Act now\u{1B}[31m</p><a href="https://bit.ly/\u{1B}]0;x\u{07}">https://bank.example/\u{202E}</a>
        <img src="https://bit.ly/t.png\u{0}"><script>alert(1)</script></body></html>
        --b
        Content-Type: application/octet-stream; name="../../../etc/passwd\u{1B}[2J.exe"
        Content-Disposition: attachment; filename="../../../etc/passwd\u{1B}[2J.exe"

        data
        --b--

        """

    /// Reports built the way the CLI builds them, plus an error and a finding carrying the hostile
    /// string directly, so the test does not depend on which rules happen to fire.
    static func hostileResult() -> LintResult {
        let linter = Linter()
        var linted = linter.report(path: "mail/phish.eml", bytes: Array(message.utf8))
        linted.findings.append(Finding(rule: "hostile", category: .content, severity: .warning, score: 1, message: hostile,
                                       position: SourcePosition(line: 2, column: 3), evidence: hostile))
        let template = linter.report(path: "t/\(hostile).html", bytes: Array("<p>\(hostile)</p><a href=\"https://x.example/\(hostile)\">\(hostile)</a>".utf8))
        let failure = FileReport.failure(path: "t/bad\u{1B}[2J.html", error: "cannot read file: \(hostile)")
        return LintResult(reports: [linted, template, failure])
    }

    @Test func everyReporterNeutralisesControlCharactersAndStaysParseable() throws {
        let result = Self.hostileResult()
        #expect(result.reports[0].findings.count > 1, "the hostile message must produce real findings")
        #expect(!Reporters.all.isEmpty)
        for type in Reporters.all {
            let reporter = try #require(Reporters.named(type.identifier), "\(type.identifier) is listed but cannot be made")
            let output = reporter.render(result)
            let name = type.identifier
            #expect(!output.isEmpty, "\(name)")
            for scalar in output.unicodeScalars {
                let value = scalar.value
                let isControl = (value < 0x20 && value != 0x0A && value != 0x09) || (0x7F...0x9F).contains(value)
                #expect(!isControl, "\(name) output carries raw control U+\(String(value, radix: 16))")
                if isControl { break }
            }
            let trimmed = output.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.hasPrefix("{") || trimmed.hasPrefix("[") {
                #expect(throws: Never.self, "\(name) output is not JSON") {
                    _ = try JSONSerialization.jsonObject(with: Data(trimmed.utf8))
                }
            } else if trimmed.hasPrefix("<"), name != HTMLReporter.identifier {
                let parser = XMLParser(data: Data(output.utf8))
                #expect(parser.parse(), "\(name) output is not well-formed XML: \(String(describing: parser.parserError))")
            } else {
                // Text for people (text, GitHub annotations…): bidi overrides would reorder what they read.
                let bidi = output.unicodeScalars.first { (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) }
                #expect(bidi == nil, "\(name) output carries a bidi override")
            }
        }
    }

    @Test func structuredOutputsCarryOnlyTheLintedPaths() throws {
        let result = Self.hostileResult()
        let allowed = Set(result.reports.map(\.path))
        for type in Reporters.all {
            let output = try #require(Reporters.named(type.identifier)).render(result)
            let trimmed = output.trimmingCharacters(in: .whitespacesAndNewlines)
            guard trimmed.hasPrefix("{") else { continue }
            let object = try JSONSerialization.jsonObject(with: Data(trimmed.utf8))
            for path in Self.strings(in: object, forKeys: ["path", "uri", "file", "filename"]) {
                #expect(!path.contains("../") && !path.hasPrefix("/"), "\(type.identifier) reports a path outside the tree: \(path)")
                // SARIF writes paths normalised (a `//` in a path is one separator).
                let stripped = Self.percentDecoded(path).replacingOccurrences(of: "file://", with: "")
                let allowed = Set(allowed.flatMap { [$0, $0.replacingOccurrences(of: "//", with: "/")] })
                #expect(allowed.contains { TerminalSafe.clean($0) == TerminalSafe.clean(stripped) || $0 == stripped || stripped.hasSuffix($0) },
                        "\(type.identifier) reports a path that was not linted: \(path)")
            }
        }
    }

    /// Byte-wise percent-decoding: Foundation's `removingPercentEncoding` gives up on `%00`.
    static func percentDecoded(_ text: String) -> String {
        var bytes: [UInt8] = []
        var utf8 = Array(text.utf8)[...]
        while let byte = utf8.popFirst() {
            if byte == UInt8(ascii: "%"), utf8.count >= 2, let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(value)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func attachmentNamesAndHeadersNeverBecomeReportPaths() {
        let report = Linter().report(path: "mail/phish.eml", bytes: Array(Self.message.utf8))
        #expect(report.path == "mail/phish.eml")
        // An attachment name is content: it may be quoted in a message, never used as a location.
        let document = EmailReader.read(Array(Self.message.utf8))
        #expect(document.attachments.contains { $0.filename?.contains("../") == true })
        let runner = LintRunner(linter: Linter())
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spamlint-paths-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("phish.eml")
        FileManager.default.createFile(atPath: file.path, contents: Data(Self.message.utf8))
        let fileReport = runner.lint(InputFile(displayPath: "phish.eml", openPath: file.path))
        #expect(fileReport.path == "phish.eml")
        #expect(fileReport.error == nil)
    }

    private static func strings(in object: Any, forKeys keys: Set<String>) -> [String] {
        switch object {
        case let dictionary as [String: Any]:
            return dictionary.flatMap { key, value -> [String] in
                if keys.contains(key.lowercased()), let string = value as? String { return [string] }
                return strings(in: value, forKeys: keys)
            }
        case let array as [Any]:
            return array.flatMap { strings(in: $0, forKeys: keys) }
        default:
            return []
        }
    }
}
