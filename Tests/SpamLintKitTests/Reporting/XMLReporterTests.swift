import Foundation
import Testing
@_spi(CLI) @testable import SpamLintKit

struct XMLReporterTests {
    @Test func xmlTextEscapesMarkupAndReplacesForbiddenCharacters() throws {
        let hostile = ReporterFixtures.hostile
        let attribute = XMLText.attribute(hostile)
        #expect(!attribute.contains("\"") && !attribute.contains("<") && !attribute.contains("\n") && !attribute.contains("\u{0}"))
        let element = try XMLTree.parse("<a v=\"\(attribute)\">\(XMLText.content(hostile))</a>")
        #expect(element.attributes["v"] == ReporterFixtures.xmlSafe(hostile), "attribute round-trips, CR/LF/tab included")
        #expect(element.text == ReporterFixtures.xmlSafe(hostile), "text round-trips, CR included")
        #expect(XMLText.content("\u{0}\u{8}\u{B}\u{C}\u{1F}\u{FFFE}\u{FFFF}") == String(repeating: "\u{FFFD}", count: 7))
        #expect(XMLText.content("a & b < c > d") == "a &amp; b &lt; c &gt; d")
    }

    @Test func junitHasOneTestCasePerFileAndFailuresForGatedFiles() throws {
        let xml = JUnitReporter().render(ReporterFixtures.result)
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"))
        let root = try XMLTree.parse(xml)
        #expect(root.name == "testsuites")
        let suites = root.all("testsuite")
        #expect(suites.count == 1)
        #expect(suites[0].attributes["tests"] == "4" && suites[0].attributes["failures"] == "1" && suites[0].attributes["errors"] == "1")
        let cases = root.all("testcase")
        #expect(cases.map { $0.attributes["name"] } == [ReporterFixtures.hostilePath, "./ok/clean.html", "ok/suppressed.eml", "gone/missing.html"])

        let failures = root.all("failure")
        #expect(failures.count == 1)
        let failure = failures[0]
        #expect(cases[0].children.contains { $0 === failure })
        #expect(failure.attributes["message"]?.contains("reaches the fail score 5.0") == true)
        #expect(failure.attributes["message"]?.contains("1 error finding (fail-on error)") == true)
        let expectedMessage = ReporterFixtures.xmlSafe(ReporterFixtures.hostile)
        #expect(failure.text.contains(expectedMessage), "the finding's message survives escaping")
        #expect(failure.text.contains("[html-script +3.0]") && failure.text.contains("<script> & \"quotes\""))
        #expect(failure.text.split(separator: "\n").filter { $0.contains("[") && $0.contains("+") }.count >= 3)

        #expect(cases[1].children.isEmpty, "a clean file is a bare passing test case")
        let passingOutput = cases[2].all("system-out").first?.text ?? ""
        #expect(passingOutput.contains("[image-only +0.5]"))
        #expect(!passingOutput.contains("tinyurl") && !passingOutput.contains("<form>"), "suppressed findings are left out")
        let error = try #require(cases[3].all("error").first)
        #expect(error.attributes["message"] == ReporterFixtures.xmlSafe("cannot read file: \(ReporterFixtures.hostile)"))
    }

    @Test func checkstyleHasAFilePerReportAndAnErrorPerFinding() throws {
        let xml = CheckstyleReporter().render(ReporterFixtures.result)
        let root = try XMLTree.parse(xml)
        #expect(root.name == "checkstyle" && root.attributes["version"] == "4.3")
        let files = root.all("file")
        #expect(files.map { $0.attributes["name"] } == [ReporterFixtures.hostilePath, "./ok/clean.html", "ok/suppressed.eml", "gone/missing.html"])
        let hostile = files[0].all("error")
        #expect(hostile.count == 3)
        #expect(hostile[0].attributes["line"] == "3" && hostile[0].attributes["column"] == "7")
        #expect(hostile[0].attributes["severity"] == "warning")
        #expect(hostile[0].attributes["source"] == "spamlint.link-shortener")
        #expect(hostile[0].attributes["message"] == ReporterFixtures.xmlSafe(ReporterFixtures.hostile) + " (+1.5)")
        #expect(hostile[1].attributes["column"] == nil, "unknown column is left out")
        #expect(hostile[2].attributes["line"] == "1" && hostile[2].attributes["severity"] == "info")
        #expect(files[1].children.isEmpty)
        #expect(files[2].all("error").map { $0.attributes["source"] } == ["spamlint.image-only"], "suppressed findings are left out")
        #expect(files[3].all("error").first?.attributes["source"] == "spamlint.read-error")
    }
}
