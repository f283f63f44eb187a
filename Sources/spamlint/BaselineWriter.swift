import ArgumentParser
import Foundation
@_spi(CLI) import SpamLintKit

/// `--write-baseline`: records the run's findings, then reports them as the new baseline sees them
/// (suppressed), so the run that writes a baseline passes the gate.
enum BaselineWriter {
    static func write(_ reports: [FileReport], to path: String, thresholds: Thresholds, setups: [FileSetup]) throws -> [FileReport] {
        // Entry paths are relative to the baseline file's folder, so the file works from any folder.
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let baseline = Baseline(reports: reports, baseDirectory: (absolute as NSString).deletingLastPathComponent,
                                workingDirectory: FileManager.default.currentDirectoryPath)
        try ReportWriter.write(baseline.json(), to: path)
        let findings = baseline.entries.reduce(0) { $0 + $1.count }
        let files = Set(baseline.entries.map(\.path)).count
        printError("spamlint: wrote \(path): \(findings) finding\(findings == 1 ? "" : "s") in \(files) file\(files == 1 ? "" : "s")")
        // Each file keeps its own gate (its configuration's thresholds); setups line up with the linted reports.
        var setupIndex = 0
        return reports.map { report in
            guard report.error == nil else { return report }
            let fileThresholds = setupIndex < setups.count ? setups[setupIndex].options.thresholds : thresholds
            setupIndex += 1
            return FileReport(path: report.path, kind: report.kind, findings: baseline.apply(to: report.findings, path: report.path), thresholds: fileThresholds)
        }
    }
}
