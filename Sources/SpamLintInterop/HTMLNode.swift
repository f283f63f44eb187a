/// One node of a parsed HTML document, copied out of libxml2 into plain Swift values.
public struct HTMLNode: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case element
        case text
        case comment
    }

    public var kind: Kind
    /// Lower-cased tag name for elements; empty otherwise.
    public var name: String
    /// Attributes in source order, names lower-cased.
    public var attributes: [HTMLAttribute]
    /// Character data of a text or comment node.
    public var text: String
    /// 1-based line in the parsed input (0 when libxml2 did not know it).
    public var line: Int
    /// Index of the parent in `HTMLTree.nodes`, nil for top-level nodes.
    public var parent: Int?
    /// Indices of the children in `HTMLTree.nodes`, in document order.
    public var children: [Int]

    public init(kind: Kind, name: String = "", attributes: [HTMLAttribute] = [], text: String = "", line: Int, parent: Int?, children: [Int] = []) {
        self.kind = kind
        self.name = name
        self.attributes = attributes
        self.text = text
        self.line = line
        self.parent = parent
        self.children = children
    }

    /// The value of the first attribute with this (lower-case) name.
    public func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }
}
