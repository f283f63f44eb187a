import Foundation
import Testing
@_spi(CLI) @testable import SpamLintKit

/// Golden tests, ruff-style: every format's rendering of two samples is compared with a committed
/// file in Snapshots/formats/. Re-record with `SPAMLINT_RECORD=1 swift test --filter SampleSnapshot`
/// when findings legitimately change, and review the diff.
struct FormatSampleSnapshotTests {
    static let samples = ["templates/risky-shortener-flash-sale.html", "templates/clean-receipt.liquid"]
    static let folder = TestPaths.snapshots.appendingPathComponent("formats")

    static func result() throws -> LintResult {
        let reports = try samples.map { sample in
            try SampleSnapshotTests.linter.report(path: "Samples/" + sample,
                                              bytes: [UInt8](Data(contentsOf: TestPaths.samples.appendingPathComponent(sample))))
        }
        return LintResult(reports: reports)
    }

    @Test("format output matches the snapshot", arguments: Reporters.all.map { $0.identifier })
    func formatMatchesSnapshot(format: String) throws {
        let result = try Self.result()
        var reporter = try #require(Reporters.named(format, sourceRoot: "/repo"))
        if format == SARIFReporter.identifier {
            // Only the rules that fired, so a new rule elsewhere does not change this snapshot.
            let fired = Set(result.reports.flatMap { $0.findings.map(\.rule) })
            reporter = SARIFReporter(sourceRoot: "/repo", rules: BuiltInRules.all.map(\.description).filter { fired.contains($0.id) })
        }
        let output = reporter.render(result).replacingOccurrences(of: SpamLintVersion.current, with: "<version>")
        let snapshot = Self.folder.appendingPathComponent("samples.\(format).snapshot")
        if TestPaths.recordSnapshots {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try output.write(to: snapshot, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: snapshot, encoding: .utf8)
        #expect(output == expected, "\(format) output differs from \(snapshot.lastPathComponent); re-record with SPAMLINT_RECORD=1 and review")
    }
}
