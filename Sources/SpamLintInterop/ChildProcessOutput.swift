/// What a child process wrote and how it ended (`ChildProcess.run`).
public struct ChildProcessOutput: Sendable, Hashable {
    /// The exit status, or 128 plus the signal that ended it.
    public var status: Int32
    public var standardOutput: [UInt8]
    public var standardError: [UInt8]
}
