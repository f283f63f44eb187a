/// One node of a parsed HTML document, copied out of libxml2 into plain Swift values.
///
/// Attributes live in one array of the tree (`HTMLTree.attributes`), not in an array per element:
/// email HTML has thousands of elements, and an allocation for each was a visible share of the run.
public struct HTMLNode: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case element
        case text
        case comment
    }

    public var kind: Kind
    /// Lower-cased tag name for elements; empty otherwise.
    public var name: String
    /// Where this element's attributes are in `HTMLTree.attributes` (source order); empty otherwise.
    public var attributeRange: Range<Int>
    /// Character data of a text or comment node.
    public var text: String
    /// 1-based line in the parsed input (0 when libxml2 did not know it).
    public var line: Int
    /// Index of the parent in `HTMLTree.nodes`, nil for top-level nodes.
    public var parent: Int?

    public init(kind: Kind, name: String = "", attributeRange: Range<Int> = 0..<0, text: String = "", line: Int, parent: Int?) {
        self.kind = kind
        self.name = name
        self.attributeRange = attributeRange
        self.text = text
        self.line = line
        self.parent = parent
    }
}
