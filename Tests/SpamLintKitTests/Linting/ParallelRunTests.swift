import Foundation
import Testing
@_spi(CLI) @testable import SpamLintKit

/// Parallel linting must give the bytes a serial run gives: same reports, same order.
struct ParallelRunTests {
    /// Samples/ plus a fixed, evenly spread subset of the shared corpus (when it is present), so
    /// files of very different sizes finish out of order.
    static var files: [InputFile] {
        let samples = InputCollector(baseDirectory: TestPaths.samples.path).collect([TestPaths.samples.path]).files
        let corpus = CorpusRobustnessTests.corpusFiles
        let stride = max(1, corpus.count / 150)
        let subset = Swift.stride(from: 0, to: corpus.count, by: stride).map { corpus[$0] }
        // A missing file and a directory: error reports keep their place too.
        let broken = [InputFile(displayPath: "missing.eml", openPath: TestPaths.samples.appendingPathComponent("no-such-file.eml").path),
                      InputFile(displayPath: "Samples", openPath: TestPaths.samples.path)]
        return samples + broken + subset
    }

    static func render(_ runner: LintRunner, _ files: [InputFile]) -> String {
        var reports: [FileReport] = []
        runner.run(files) { reports.append($0) }
        return JSONReporter().render(LintResult(reports: reports))
    }

    @Test func parallelOutputIsByteIdenticalToSerial() {
        let files = Self.files
        let linter = Linter()
        let serial = Self.render(LintRunner(linter: linter, window: 1), files)
        // A small window forces many refills; the default one runs everything at once.
        let narrow = Self.render(LintRunner(linter: linter, window: 3), files)
        let wide = Self.render(LintRunner(linter: linter), files)
        #expect(serial.utf8.count > 1_000)
        #expect(narrow == serial)
        #expect(wide == serial)
    }

    @Test func asyncRunDeliversEveryFileInInputOrder() async {
        let files = Self.files
        let paths = Paths()
        await LintRunner(linter: Linter(), window: 4).run(files) { paths.append($0.path) }
        #expect(paths.values == files.map(\.displayPath))
    }
}

/// Collects delivered paths from the async API's `@Sendable` callback.
private final class Paths: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []

    func append(_ path: String) {
        lock.lock()
        stored.append(path)
        lock.unlock()
    }

    var values: [String] {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }
}
