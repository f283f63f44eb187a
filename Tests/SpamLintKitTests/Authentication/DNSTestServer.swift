import Foundation
import Testing
import SpamLintInterop

/// A dnsmasq on 127.0.0.1 and a random port serving fixed zone data, stopped by its PID.
/// dnsmasq is required (the test fails) when `CI` or `SPAMLINT_REQUIRE_DNS=1` is set — `.ci/run` sets it —
/// so CI can never pass by silently skipping; on a developer machine without it the DNS tests are
/// skipped with a visible reason.
final class DNSTestServer {
    static let executable = ["/usr/sbin/dnsmasq", "/usr/bin/dnsmasq"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static var isRequired: Bool {
        let environment = ProcessInfo.processInfo.environment
        return environment["SPAMLINT_REQUIRE_DNS"] == "1" || environment["CI"] != nil
    }
    /// Run DNS tests when dnsmasq is here, or when it must be (then they fail loudly without it).
    static var shouldRun: Bool { executable != nil || isRequired }

    /// dnsmasq's PID: started with posix_spawn, not Foundation's Process, whose child monitor on Linux
    /// blocks in waitpid on a long-running child while other Process children (the CLI tests) exit.
    let pid: pid_t
    let port: UInt16
    let logFile: URL
    private var stopped = false
    var address: String { "127.0.0.1:\(port)" }

    /// Starts dnsmasq with `records` (dnsmasq options such as `--txt-record=…`); tries a few random ports.
    init(records: [String]) throws {
        guard let executable = Self.executable else {
            throw DNSTestServerError("dnsmasq is not installed (apt-get install -y dnsmasq); DNS tests need it")
        }
        logFile = FileManager.default.temporaryDirectory.appendingPathComponent("spamlint-dnsmasq-\(UUID().uuidString).log")
        for _ in 0..<5 {
            let port = UInt16.random(in: 20_000...60_000)
            let arguments = [executable, "--no-daemon", "--no-resolv", "--no-hosts", "--port=\(port)", "--listen-address=127.0.0.1",
                             "--bind-interfaces", "--pid-file=", "--local=/example/", "--log-queries",
                             "--log-facility=\(logFile.path)", "--txt-record=ready.example,ready"] + records
            let pid = try Self.spawn(arguments)
            if Self.waitUntilAnswering(port: port, pid: pid) {
                self.pid = pid
                self.port = port
                return
            }
            Self.terminate(pid)
        }
        let log = (try? String(contentsOf: logFile, encoding: .utf8)) ?? ""
        throw DNSTestServerError("dnsmasq did not start: \(log)")
    }

    func stop() {
        guard !stopped else { return }
        stopped = true
        Self.terminate(pid)
        try? FileManager.default.removeItem(at: logFile)
    }

    deinit { stop() }

    private static func spawn(_ arguments: [String]) throws -> pid_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // The test runner blocks signals in its threads; give dnsmasq a clean mask so SIGTERM stops it.
        var mask = sigset_t()
        sigemptyset(&mask)
        posix_spawnattr_setsigmask(&attributes, &mask)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, arguments[0], nil, &attributes, &argv, environ)
        guard status == 0 else { throw DNSTestServerError("cannot start dnsmasq: \(String(cString: strerror(status)))") }
        return pid
    }

    /// SIGTERM, then SIGKILL if dnsmasq has not exited within two seconds; always reaped.
    private static func terminate(_ pid: pid_t) {
        kill(pid, SIGTERM)
        var status: Int32 = 0
        for _ in 0..<40 {
            if waitpid(pid, &status, WNOHANG) == pid { return }
            usleep(50_000)
        }
        kill(pid, SIGKILL)
        waitpid(pid, &status, 0)
    }

    private static func waitUntilAnswering(port: UInt16, pid: pid_t) -> Bool {
        for _ in 0..<50 {
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid { return false }
            // Probe with spamlint's own resolver: a TXT answer means dnsmasq is up.
            let resolver = DNSResolver(server: DNSServerAddress(host: "127.0.0.1", port: port), timeoutSeconds: 1, attempts: 1)
            if let answer = try? resolver.query("ready.example", type: .txt), !answer.records.isEmpty { return true }
            usleep(100_000)
        }
        return false
    }

    /// Questions asked so far, not counting the harness's readiness probes.
    var questionsAsked: Int {
        let log = (try? String(contentsOf: logFile, encoding: .utf8)) ?? ""
        return log.split(separator: "\n").filter { $0.contains("query[") && !$0.contains("ready.example") }.count
    }

    /// Lines of dnsmasq's query log that ask `name` (e.g. `query[MX] broken.example`).
    func queries(_ text: String) -> Int {
        let log = (try? String(contentsOf: logFile, encoding: .utf8)) ?? ""
        return log.split(separator: "\n").filter { $0.contains(text + " from") }.count
    }
}

struct DNSTestServerError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
