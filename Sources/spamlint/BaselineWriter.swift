import ArgumentParser
@_spi(CLI) import SpamLintKit

/// `--write-baseline`: records the run's findings, then reports them as the new baseline sees them
/// (suppressed), so the run that writes a baseline passes the gate.
enum BaselineWriter {
    static func write(_ reports: [FileReport], to path: String, thresholds: Thresholds) throws -> [FileReport] {
        let baseline = Baseline(reports: reports)
        try ReportWriter.write(baseline.json(), to: path)
        let findings = baseline.entries.reduce(0) { $0 + $1.count }
        let files = Set(baseline.entries.map(\.path)).count
        printError("spamlint: wrote \(path): \(findings) finding\(findings == 1 ? "" : "s") in \(files) file\(files == 1 ? "" : "s")")
        return reports.map { report in
            guard report.error == nil else { return report }
            return FileReport(path: report.path, kind: report.kind, findings: baseline.apply(to: report.findings, path: report.path), thresholds: thresholds)
        }
    }
}
