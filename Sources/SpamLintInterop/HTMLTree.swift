/// A parsed HTML document as a flat array of nodes (document order), free of C pointers.
public struct HTMLTree: Sendable, Equatable {
    public var nodes: [HTMLNode]
    /// Indices of the top-level nodes.
    public var roots: [Int]
    /// True when the source carried a `<!DOCTYPE …>`.
    public var hasDoctype: Bool

    public init(nodes: [HTMLNode] = [], roots: [Int] = [], hasDoctype: Bool = false) {
        self.nodes = nodes
        self.roots = roots
        self.hasDoctype = hasDoctype
    }
}
