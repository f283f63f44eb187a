/// One node of a parsed HTML document, copied out of libxml2 into plain Swift values.
///
/// Attributes live in one array of the tree (`HTMLTree.attributes`), not in an array per element:
/// email HTML has thousands of elements, and an allocation for each was a visible share of the run.
/// A node is 48 bytes (it was 80): an element's name and a text's characters share one field, and the
/// line and attribute count are 32-bit; a file of a million links holds two million nodes.
public struct HTMLNode: Sendable, Equatable {
    public enum Kind: UInt8, Sendable, Equatable {
        case element
        case text
        case comment
    }

    public var kind: Kind
    /// The tag name of an element, the character data of a text or comment node.
    private var value: String
    private var attributeStart: Int
    private var attributeCount: UInt32
    private var storedLine: UInt32
    /// -1 for a top-level node.
    private var parentIndex: Int

    /// Lower-cased tag name for elements; empty otherwise.
    public var name: String {
        get { kind == .element ? value : "" }
        set { if kind == .element { value = newValue } }
    }

    /// Character data of a text or comment node; empty for elements.
    public var text: String {
        get { kind == .element ? "" : value }
        set { if kind != .element { value = newValue } }
    }

    /// Where this element's attributes are in `HTMLTree.attributes` (source order); empty otherwise.
    public var attributeRange: Range<Int> {
        get { attributeStart..<(attributeStart + Int(attributeCount)) }
        set {
            attributeStart = newValue.lowerBound
            attributeCount = UInt32(clamping: newValue.count)
        }
    }

    /// 1-based line in the parsed input (0 when libxml2 did not know it).
    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = UInt32(clamping: newValue) }
    }

    /// Index of the parent in `HTMLTree.nodes`, nil for top-level nodes.
    public var parent: Int? {
        get { parentIndex < 0 ? nil : parentIndex }
        set { parentIndex = newValue ?? -1 }
    }

    public init(kind: Kind, name: String = "", attributeRange: Range<Int> = 0..<0, text: String = "", line: Int, parent: Int?) {
        self.kind = kind
        self.value = kind == .element ? name : text
        self.attributeStart = attributeRange.lowerBound
        self.attributeCount = UInt32(clamping: attributeRange.count)
        self.storedLine = UInt32(clamping: line)
        self.parentIndex = parent ?? -1
    }
}
