/// A message read into its top-level headers and its leaf parts.
struct MIMEMessage: Sendable {
    /// Top-level headers.
    var headers: HeaderList
    /// Non-multipart parts in document order (depth-first).
    var leaves: [MIMELeaf]
    /// Everything that was read around: broken structure, bad encodings, unknown charsets.
    var problems: [ReadProblem]

    init(headers: HeaderList, leaves: [MIMELeaf], problems: [ReadProblem]) {
        self.headers = headers
        self.leaves = leaves
        self.problems = problems
    }
}
