/// A parsed HTML document as a flat array of nodes (document order), free of C pointers.
public struct HTMLTree: Sendable, Equatable {
    /// Every node in document order: a parent comes before its children, siblings in source order.
    public var nodes: [HTMLNode]
    /// The attributes of all elements, each element's in one run (`HTMLNode.attributeRange`); names lower-cased.
    public var attributes: [HTMLAttribute]
    /// True when the source carried a `<!DOCTYPE …>`.
    public var hasDoctype: Bool
    /// Elements written with more attributes than `HTMLTreeParser.maxAttributesPerElement`, in source order.
    public var attributeOverflows: [HTMLAttributeOverflow]
    /// Where libxml2 was stopped, when it was (`HTMLTreeParser.mismatchWorkBudget`): nothing after it was read.
    public var stop: HTMLParseStop?

    public init(nodes: [HTMLNode] = [], attributes: [HTMLAttribute] = [], hasDoctype: Bool = false,
                attributeOverflows: [HTMLAttributeOverflow] = []) {
        self.nodes = nodes
        self.attributes = attributes
        self.hasDoctype = hasDoctype
        self.attributeOverflows = attributeOverflows
    }

    /// The value of the first attribute of `node` with this (lower-case) name.
    public func attribute(_ name: String, of node: HTMLNode) -> String? {
        for index in node.attributeRange where attributes[index].name == name { return attributes[index].value }
        return nil
    }

    /// The attributes of `node` in source order.
    public func attributes(of node: HTMLNode) -> ArraySlice<HTMLAttribute> { attributes[node.attributeRange] }

    /// Indices of the top-level nodes.
    public var roots: [Int] { nodes.indices.filter { nodes[$0].parent == nil } }

    /// Indices of the children of the node at `index`, in document order (a scan: for tests and tools, not hot paths).
    public func children(of index: Int) -> [Int] {
        nodes.indices.filter { nodes[$0].parent == index }
    }
}
