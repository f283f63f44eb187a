import ArgumentParser
import Foundation
@_spi(CLI) import SpamLintKit

/// After a run with a baseline: report the entries that no longer match any finding, and with
/// `--baseline-prune` rewrite the file without them.
enum BaselineMaintenance {
    static func reportStale(reports: [FileReport], setups: [FileSetup], prune: Bool) throws {
        // Reports of files and their setups line up except for problem reports (no setup): match by path.
        var baselineOf: [String: String] = [:]
        var order: [String] = []
        let linted = reports.filter { $0.error == nil }
        for (report, setup) in zip(linted, setups) {
            guard let path = setup.baselinePath else { continue }
            if baselineOf.values.contains(path) == false { order.append(path) }
            baselineOf[report.path] = path
        }
        for path in order {
            guard case .success(let baseline) = Result(catching: { () throws(BaselineError) in try Baseline.load(path: path) }) else { continue }
            let stale = baseline.staleEntries(in: linted.filter { baselineOf[$0.path] == path })
            guard !stale.isEmpty else { continue }
            let count = stale.reduce(0) { $0 + $1.count }
            if prune {
                try ReportWriter.write(baseline.removing(stale).json(), to: path)
                printError("spamlint: pruned \(count) stale baseline entr\(count == 1 ? "y" : "ies") from \(path)")
            } else {
                printError("spamlint: \(path): \(count) stale baseline entr\(count == 1 ? "y" : "ies") (no longer found; --baseline-prune drops them):")
                for entry in stale.prefix(20) {
                    printError("  \(TerminalSafe.clean(entry.path)): \(entry.rule): \(TerminalSafe.clean(String(entry.evidence.prefix(120))))\(entry.count > 1 ? " (×\(entry.count))" : "")")
                }
                if stale.count > 20 { printError("  …and \(stale.count - 20) more") }
            }
        }
    }
}
