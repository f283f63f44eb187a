#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program with `posix_spawnp` and collects its output. Foundation's `Process` is not used:
/// on Linux its run loop signals the child's end through a loopback socket pair, and a linter that
/// promises no network opens no socket at all.
public enum ChildProcess {
    /// Runs `arguments[0]` (looked up on `PATH`) with standard input from /dev/null and `environment`
    /// added to this process's. Standard error goes to a temporary file, read after the child exits,
    /// so it can never fill a pipe and stall the child while standard output is read.
    public static func run(_ arguments: [String], adding environment: [String: String]) -> Result<ChildProcessOutput, FileSystemError> {
        var template = Array("/tmp/spamlint-child-XXXXXX".utf8CString)
        let errorDescriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard errorDescriptor >= 0 else { return .failure(FileSystemError(code: errno)) }
        let errorPath = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        defer {
            close(errorDescriptor)
            unlink(errorPath)
        }
        var pipeDescriptors: [Int32] = [0, 0]
        guard pipe(&pipeDescriptors) == 0 else { return .failure(FileSystemError(code: errno)) }
        let (readEnd, writeEnd) = (pipeDescriptors[0], pipeDescriptors[1])

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, writeEnd, 1)
        posix_spawn_file_actions_adddup2(&actions, errorDescriptor, 2)
        posix_spawn_file_actions_addclose(&actions, readEnd)

        var merged: [String: String] = [:]
        var entry = environ
        while let pointer = entry.pointee {
            let text = String(cString: pointer)
            if let equals = text.firstIndex(of: "=") { merged[String(text[..<equals])] = String(text[text.index(after: equals)...]) }
            entry += 1
        }
        merged.merge(environment) { _, new in new }
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = merged.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }

        var child: pid_t = 0
        let spawned = posix_spawnp(&child, arguments[0], &actions, nil, argv, envp)
        close(writeEnd)
        guard spawned == 0 else {
            close(readEnd)
            return .failure(FileSystemError(code: spawned))
        }
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(readEnd, $0.baseAddress, $0.count) }
            if count > 0 { output.append(contentsOf: buffer[0..<count]); continue }
            if count < 0, errno == EINTR { continue }
            break
        }
        close(readEnd)
        var waitStatus: Int32 = 0
        while waitpid(child, &waitStatus, 0) < 0, errno == EINTR {}
        let signal = waitStatus & 0x7F
        let status = signal == 0 ? (waitStatus >> 8) & 0xFF : 128 + signal
        var errors: [UInt8] = []
        lseek(errorDescriptor, 0, SEEK_SET)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(errorDescriptor, $0.baseAddress, $0.count) }
            if count > 0 { errors.append(contentsOf: buffer[0..<count]); continue }
            if count < 0, errno == EINTR { continue }
            break
        }
        return .success(ChildProcessOutput(status: status, standardOutput: output, standardError: errors))
    }
}
