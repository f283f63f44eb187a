import Foundation
import Glibc
import Testing
@_spi(CLI) @testable import SpamLintKit

/// Memory grows with a file's links at a few hundred bytes each (it was about 1 KB with libxml2's
/// tree and a state per element), and the parallel runner bounds the bytes in flight, not the files.
@Suite struct MemoryBoundTests {
    /// Runs the CLI on `arguments` and returns its peak resident set in bytes (`wait4`'s rusage of that child alone).
    static func peakResidentBytes(_ arguments: [String]) throws -> Int {
        let argv = ([TestPaths.executable.path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, TestPaths.executable.path, &actions, nil, argv, environ)
        try #require(spawned == 0)
        var status: Int32 = 0
        var usage = rusage()
        _ = wait4(pid, &status, 0, &usage)
        #expect(status == 0, "spamlint \(arguments) exited with status \(status)")
        return usage.ru_maxrss * 1024
    }

    @Test func linksCostAFewHundredBytesEach() throws {
        let folder = try HardeningCLI.temporaryDirectory("memory")
        defer { try? FileManager.default.removeItem(at: folder) }
        let links = 40_000
        // A link per line, as a generated newsletter has them; the last one is checked, so every link was read.
        let html = String(repeating: "<a href=a>x</a>\n", count: links) + "<a href=\"https://bit.ly/last\">https://paypal.com/login</a>\n"
        FileManager.default.createFile(atPath: folder.appendingPathComponent("links.html").path, contents: Data(html.utf8))
        FileManager.default.createFile(atPath: folder.appendingPathComponent("tiny.html").path, contents: Data("<p>Hi</p>".utf8))
        let tiny = try Self.peakResidentBytes(["lint", "--exit-zero", "--format", "json", folder.appendingPathComponent("tiny.html").path])
        let large = try Self.peakResidentBytes(["lint", "--exit-zero", "--format", "json", folder.appendingPathComponent("links.html").path])
        let perLink = (large - tiny) / links
        // Measured about 450 bytes a link; libxml2's tree and a state per element made it about 1 KB.
        #expect(perLink < 750, "\(perLink) bytes per link (peak \(large / 1_048_576) MB, empty run \(tiny / 1_048_576) MB)")
        let report = Linter().report(path: "links.html", bytes: Array(html.utf8))
        #expect(report.findings.contains { $0.rule == "link-text-url-mismatch" && $0.position.line == links + 1 })
    }

    /// Works started and not finished, and the most of them at once, under a byte budget.
    final class Concurrency: @unchecked Sendable {
        private let lock = NSLock()
        private var running = 0
        private(set) var most = 0

        func enter() {
            lock.lock()
            running += 1
            most = max(most, running)
            lock.unlock()
        }

        func leave() {
            lock.lock()
            running -= 1
            lock.unlock()
        }
    }

    @Test(arguments: [(budget: 15, most: 1), (budget: 25, most: 2), (budget: 1_000, most: 4)])
    func budgetBoundsTheWorkInFlight(budget: Int, most: Int) {
        let concurrency = Concurrency()
        var delivered: [Int] = []
        OrderedWorkers<Int>(count: 12, window: 12, budget: budget, cost: { _ in 10 })
            .run(threads: 4, work: { index in
                concurrency.enter()
                usleep(20_000)
                concurrency.leave()
                return index
            }, deliver: { delivered.append($0) })
        #expect(delivered == Array(0..<12))
        #expect(concurrency.most <= most)
        if most == 1 { #expect(concurrency.most == 1) }
    }

    @Test func aFileOverTheBudgetRunsAlone() {
        // Costs 5, 50, 5: the large one starts only when nothing else runs, and still runs.
        let concurrency = Concurrency()
        let costs = [5, 50, 5, 5]
        var delivered: [Int] = []
        OrderedWorkers<Int>(count: costs.count, window: 8, budget: 20, cost: { costs[$0] })
            .run(threads: 2, work: { index in
                concurrency.enter()
                usleep(20_000)
                concurrency.leave()
                return index
            }, deliver: { delivered.append($0) })
        #expect(delivered == [0, 1, 2, 3])
    }

    @Test func runnerKeepsInputOrderUnderASmallBudget() async throws {
        let folder = try HardeningCLI.temporaryDirectory("budget")
        defer { try? FileManager.default.removeItem(at: folder) }
        var files: [InputFile] = []
        for index in 0..<6 {
            let path = folder.appendingPathComponent("f\(index).html").path
            let link = index % 2 == 0 ? "https://bit.ly/\(index)" : "https://acme.example/\(index)"
            FileManager.default.createFile(atPath: path, contents: Data("<p>Hi</p><a href=\"\(link)\">go</a>".utf8))
            files.append(InputFile(displayPath: "f\(index).html", openPath: path))
        }
        var paths: [String] = []
        var shortened: [String] = []
        await LintRunner(linter: Linter(), window: 8, maxBytesInFlight: 1).run(files) { report in
            paths.append(report.path)
            if report.findings.contains(where: { $0.rule == "link-shortener" }) { shortened.append(report.path) }
        }
        #expect(paths == files.map(\.displayPath))
        #expect(shortened == ["f0.html", "f2.html", "f4.html"])
    }
}
