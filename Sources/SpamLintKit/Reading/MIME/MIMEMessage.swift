/// A message read into its top-level headers and its leaf parts.
public struct MIMEMessage: Sendable {
    /// Top-level headers.
    public var headers: HeaderList
    /// Non-multipart parts in document order (depth-first).
    public var leaves: [MIMELeaf]
    /// Everything that was read around: broken structure, bad encodings, unknown charsets.
    public var problems: [ReadProblem]

    public init(headers: HeaderList, leaves: [MIMELeaf], problems: [ReadProblem]) {
        self.headers = headers
        self.leaves = leaves
        self.problems = problems
    }
}
