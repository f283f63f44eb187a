/// Where the HTML parse was stopped before the end of the input, and why: end tags that close
/// nothing, under elements nested so deep that libxml2's search for them would take quadratic time.
public struct HTMLParseStop: Sendable, Equatable {
    /// 1-based line libxml2 had reached.
    public var line: Int
    /// Elements open when it stopped.
    public var depth: Int

    public init(line: Int, depth: Int) {
        self.line = line
        self.depth = depth
    }
}
